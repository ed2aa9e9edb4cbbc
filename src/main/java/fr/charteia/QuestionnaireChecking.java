package fr.charteia;

import fr.charteia.document.Logo;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.LogoException;
import fr.charteia.load.LogoReader;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Organisation;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.FileReport;
import fr.charteia.validation.Finding;
import fr.charteia.validation.LogoFindings;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads, validates and reads the logo of a questionnaire, once: what {@code validate} accepts,
 * {@code generate} renders from the same bytes and the same logo, never a second reading.
 */
final class QuestionnaireChecking {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Supplier<QuestionnaireValidator> validator;

    QuestionnaireChecking(Supplier<QuestionnaireValidator> validator) {
        this.validator = validator;
    }

    CheckedQuestionnaire check(Path file, Locale language) {
        String name = file.toString();
        try {
            // the folder as the user named it, so that a logo message shows a path they recognise
            return checked(name, loader.load(file), Optional.of(Optional.ofNullable(file.getParent()).orElse(Path.of(""))),
                    language);
        } catch (UnreadableQuestionnaireException e) {
            return unreadable(name, e, language);
        }
    }

    CheckedQuestionnaire check(QuestionnaireSource source, Locale language) {
        try {
            return checked(source.name(), loader.load(source.name(), source.bytes()), source.folder(), language);
        } catch (UnreadableQuestionnaireException e) {
            return unreadable(source.name(), e, language);
        }
    }

    private CheckedQuestionnaire checked(String name, LoadedQuestionnaire loaded, Optional<Path> folder, Locale language) {
        List<Finding> findings = validator.get().validate(loaded, language);
        Optional<Logo> logo = Optional.empty();
        Optional<String> named = loaded.questionnaire().map(Questionnaire::organisation).flatMap(Organisation::logo)
                .filter(path -> !path.isBlank());
        if (named.isPresent() && findings.stream().noneMatch(f -> f.path().equals(LogoFindings.PATH))) {
            if (folder.isEmpty()) {
                // an upload: only an uploaded file could be a logo; a path on the server's disk is never read on its behalf
                findings = inReportOrder(findings, LogoFindings.of(LogoFindings.Problem.MISSING, named.get(), named.get(),
                        loaded.sourceMap(), language));
            } else {
                try {
                    logo = Optional.of(LogoReader.read(folder.get(), named.get(), ""));
                } catch (LogoException e) {
                    String shown = e.file().toString().isEmpty() ? named.get() : e.file().toString();
                    findings = inReportOrder(findings, LogoFindings.of(LogoFindings.Problem.valueOf(e.reason().name()),
                            named.get(), shown, e.details(), loaded.sourceMap(), language));
                }
            }
        }
        FileReport report = new FileReport(name, true, findings);
        return new CheckedQuestionnaire(report, report.valid() ? loaded.questionnaire() : Optional.empty(), loaded.source(),
                report.valid() ? logo : Optional.empty());
    }

    private static CheckedQuestionnaire unreadable(String name, UnreadableQuestionnaireException e, Locale language) {
        FileReport report = new FileReport(name, false, List.of(ProblemMessages.asFinding(e.failure(), Terms.of(language))));
        return new CheckedQuestionnaire(report, Optional.empty(), new byte[0], Optional.empty());
    }

    /** {@code added} among the validator's sorted findings: errors first, then by line. */
    private static List<Finding> inReportOrder(List<Finding> sorted, Finding added) {
        List<Finding> all = new ArrayList<>(sorted);
        int line = added.position().map(p -> p.line()).orElse(Integer.MAX_VALUE);
        int at = 0;
        while (at < all.size() && (all.get(at).severity().compareTo(added.severity()) < 0
                || all.get(at).severity() == added.severity()
                && all.get(at).position().map(p -> p.line()).orElse(Integer.MAX_VALUE) <= line)) {
            at++;
        }
        all.add(at, added);
        return all;
    }
}

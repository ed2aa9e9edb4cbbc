package fr.charteia;

import fr.charteia.document.Logo;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.LogoException;
import fr.charteia.load.LogoReader;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Establishment;
import fr.charteia.model.Organisation;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.FileReport;
import fr.charteia.validation.Finding;
import fr.charteia.validation.LogoFindings;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.baseline.BaselineRules;
import fr.charteia.validation.baseline.Inheritance;
import fr.charteia.validation.baseline.UnusableBaseline;
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
    private final Baselines baselines;

    QuestionnaireChecking(Supplier<QuestionnaireValidator> validator) {
        this.validator = validator;
        this.baselines = new Baselines(validator);
    }

    CheckedQuestionnaire check(Path file, Locale language) {
        return check(file, defaultTree(file), language);
    }

    CheckedQuestionnaire check(Path file, Path tree, Locale language) {
        String name = file.toString();
        try {
            // the folder as the user named it, so that a logo message shows a path they recognise
            return checked(name, loader.load(file), Optional.of(Optional.ofNullable(file.getParent()).orElse(Path.of(""))),
                    tree, language);
        } catch (UnreadableQuestionnaireException e) {
            return unreadable(name, e, language);
        }
    }

    CheckedQuestionnaire check(QuestionnaireSource source, Locale language) {
        try {
            Path tree = source.folder().map(folder -> defaultTree(folder.resolve("questionnaire"))).orElse(Path.of(""));
            return checked(source.name(), loader.load(source.name(), source.bytes()), source.folder(), tree, language);
        } catch (UnreadableQuestionnaireException e) {
            return unreadable(source.name(), e, language);
        }
    }

    /**
     * The tree a file given alone is read in: the working directory when the file is under it (a
     * department in {@code services/} reaches {@code ../etablissement.yaml}), else the file's own folder.
     */
    static Path defaultTree(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(here)) {
            return here;
        }
        return Optional.ofNullable(absolute.getParent()).orElse(here);
    }

    private CheckedQuestionnaire checked(String name, LoadedQuestionnaire loaded, Optional<Path> folder, Path tree,
            Locale language) {
        if (loaded.kind() == QuestionnaireKind.ESTABLISHMENT) {
            return establishment(name, loaded, folder, language);
        }
        Optional<String> baselineNamed = loaded.questionnaire().flatMap(Questionnaire::baseline).filter(b -> !b.isBlank());
        if (baselineNamed.isPresent()) {
            return withBaseline(name, loaded, baselineNamed.get(), folder, tree, language);
        }
        List<Finding> findings = validator.get().validate(loaded, language);
        Optional<String> logoNamed = loaded.questionnaire().map(Questionnaire::organisation).flatMap(Organisation::logo);
        LogoOutcome logo = logo(findings, logoNamed, folder, loaded, language);
        FileReport report = new FileReport(name, true, logo.findings());
        return new CheckedQuestionnaire(report, report.valid() ? loaded.questionnaire() : Optional.empty(), loaded.source(),
                report.valid() ? logo.logo() : Optional.empty());
    }

    /** An establishment baseline given on its own: checked, its logo read from its folder. */
    private CheckedQuestionnaire establishment(String name, LoadedQuestionnaire loaded, Optional<Path> folder,
            Locale language) {
        List<Finding> findings = validator.get().validate(loaded, language);
        Optional<String> logoNamed = loaded.establishment().map(Establishment::organisation).flatMap(o -> o == null
                ? Optional.empty() : o.logo());
        LogoOutcome logo = logo(findings, logoNamed, folder, loaded, language);
        FileReport report = new FileReport(name, true, logo.findings());
        return new CheckedQuestionnaire(report, Optional.empty(), loaded.source(),
                report.valid() ? logo.logo() : Optional.empty(), Optional.empty(),
                report.valid() ? loaded.establishment() : Optional.empty());
    }

    /**
     * A department that names its baseline: completed with what it inherits, then checked with the
     * baseline's rules; a baseline that cannot be used is one B-BASELINE error.
     */
    private CheckedQuestionnaire withBaseline(String name, LoadedQuestionnaire loaded, String named, Optional<Path> folder,
            Path tree, Locale language) {
        Questionnaire department = loaded.questionnaire().orElseThrow();
        Baselines.Resolution resolution = folder.isEmpty() ? Baselines.Resolution.of(UnusableBaseline.Cause.UPLOAD, named)
                : baselines.resolve(named, folder.get(), tree);
        if (resolution.establishment().isEmpty()) {
            List<Finding> findings = new ArrayList<>(validator.get().validate(loaded, language).stream()
                    .filter(f -> !inheritedPart(f)).toList());
            findings.add(baselineProblem(named, resolution, tree, loaded, language));
            FileReport report = new FileReport(name, true, QuestionnaireValidator.inReportOrder(findings));
            return new CheckedQuestionnaire(report, Optional.empty(), loaded.source(), Optional.empty());
        }
        Establishment baseline = resolution.establishment().get();
        Questionnaire completed = Inheritance.merge(department, baseline);
        List<Finding> findings = new ArrayList<>(validator.get().validate(loaded.withQuestionnaire(completed), language));
        findings.addAll(BaselineRules.check(department, completed, baseline, resolution.fileName(), loaded.sourceMap(),
                language));
        findings = QuestionnaireValidator.inReportOrder(findings);
        // an inherited organisation's logo is written relative to the baseline's file
        Optional<Path> logoFolder = department.organisation() == null ? resolution.folder() : folder;
        Optional<String> logoNamed = Optional.ofNullable(completed.organisation()).flatMap(Organisation::logo);
        LogoOutcome logo = logo(findings, logoNamed, logoFolder, loaded, language);
        FileReport report = new FileReport(name, true, logo.findings());
        boolean valid = report.valid();
        return new CheckedQuestionnaire(report, valid ? Optional.of(completed) : Optional.empty(), loaded.source(),
                valid ? logo.logo() : Optional.empty(), valid ? Optional.of(baseline) : Optional.empty(), Optional.empty());
    }

    /**
     * A finding that only says the department lacks what its baseline would have given: its organisation
     * the catalogue tools its rules name and the training actions. With the baseline unusable, B-BASELINE
     * says it once.
     */
    private static boolean inheritedPart(Finding finding) {
        return finding.code() == RuleCode.Q_SCHEMA && finding.path().equals("organisation")
                || finding.code() == RuleCode.G_TRAINING || finding.code() == RuleCode.G_TRAINING_ROLE
                || finding.code() == RuleCode.Q_REF && finding.path().matches("(authorised|forbidden)\\[\\d+]\\.tools\\[\\d+]");
    }

    private static Finding baselineProblem(String named, Baselines.Resolution resolution, Path tree,
            LoadedQuestionnaire loaded, Locale language) {
        return UnusableBaseline.finding(resolution.problem().orElseThrow(), named, resolution.resolved(), tree.toString(),
                resolution.errors(), resolution.failure(), loaded.sourceMap(), language);
    }

    private record LogoOutcome(List<Finding> findings, Optional<Logo> logo) {
    }

    /** Reads the logo an organisation names, unless a finding is already about it. */
    private static LogoOutcome logo(List<Finding> findings, Optional<String> logoNamed, Optional<Path> folder,
            LoadedQuestionnaire loaded, Locale language) {
        Optional<String> named = logoNamed.filter(path -> !path.isBlank());
        if (named.isEmpty() || findings.stream().anyMatch(f -> f.path().equals(LogoFindings.PATH))) {
            return new LogoOutcome(findings, Optional.empty());
        }
        if (folder.isEmpty()) {
            // an upload: only an uploaded file could be a logo; a path on the server's disk is never read on its behalf
            return new LogoOutcome(inReportOrder(findings, LogoFindings.of(LogoFindings.Problem.MISSING, named.get(),
                    named.get(), loaded.sourceMap(), language)), Optional.empty());
        }
        try {
            return new LogoOutcome(findings, Optional.of(LogoReader.read(folder.get(), named.get(), "")));
        } catch (LogoException e) {
            String shown = e.file().toString().isEmpty() ? named.get() : e.file().toString();
            return new LogoOutcome(inReportOrder(findings, LogoFindings.of(LogoFindings.Problem.valueOf(e.reason().name()),
                    named.get(), shown, e.details(), loaded.sourceMap(), language)), Optional.empty());
        }
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

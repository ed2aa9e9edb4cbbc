package fr.charteia.validation;

import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.SourceMap;
import fr.charteia.model.BaselineProhibition;
import fr.charteia.model.Establishment;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.validation.SamePlaceMerger.Checked;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an establishment baseline ({@code charte-ia-etablissement/1}): its field constraints, the
 * department rules that read only what a baseline shares with a department (contacts, dates, tool ids,
 * texts), and its own prohibitions (each names a combination with its reason, or states a practice;
 * the tools it names are in the catalogue).
 */
final class EstablishmentValidator {

    /**
     * The department rules that make sense on a baseline: they read the organisation, the document, the
     * tools, the practices and the training, which the baseline has under the same names.
     */
    private static final Set<RuleCode> SHARED_RULES = EnumSet.of(RuleCode.Q_DUPLICATE, RuleCode.G_CONTACTS,
            RuleCode.G_DATES, RuleCode.G_PLACEHOLDER, RuleCode.P_PERSONAL_TEXT, RuleCode.D_TRAINING,
            RuleCode.D_TRANSFER);

    private final QuestionnaireValidator validator;

    EstablishmentValidator(QuestionnaireValidator validator) {
        this.validator = validator;
    }

    List<Finding> validate(LoadedQuestionnaire loaded, Locale language) {
        Terms terms = Terms.of(language);
        List<Finding> findings = new ArrayList<>();
        loaded.problems().forEach(problem -> findings.add(ProblemMessages.describe(problem, terms)));
        Optional<Establishment> bound = loaded.establishment();
        if (bound.isPresent()) {
            Establishment establishment = bound.get();
            SourceMap sourceMap = loaded.sourceMap();
            List<Checked> checked = new ArrayList<>(validator.fieldFindings(establishment, language, sourceMap));
            // the baseline read as a department without uses: paths are the same, so are lines
            validator.checked(asDepartment(establishment), language, sourceMap).stream()
                    .filter(c -> SHARED_RULES.contains(c.finding().code()))
                    .forEach(checked::add);
            prohibitions(establishment, terms, sourceMap).forEach(f ->
                    checked.add(new Checked(f, new RuleOutcome(f.code(), f.severity()))));
            Consequences consequences = Consequences.of(loaded);
            findings.addAll(new SamePlaceMerger(terms, sourceMap).merge(checked.stream()
                    .filter(c -> !consequences.follows(c.finding(), c.outcome())).toList()));
        }
        return QuestionnaireValidator.inReportOrder(findings);
    }

    private static Questionnaire asDepartment(Establishment e) {
        return new Questionnaire(Questionnaire.SCHEMA_V1, e.locale(), Optional.empty(), e.organisation(), null,
                e.document(), List.of(), e.tools(), List.of(), List.of(), List.of(), List.of(), List.of(), e.practices(),
                e.incident(), Optional.empty(), e.training(), e.history());
    }

    /** Each prohibition says what it forbids and why; the tools it names are the catalogue's. */
    private static List<Finding> prohibitions(Establishment e, Terms terms, SourceMap sourceMap) {
        List<Finding> found = new ArrayList<>();
        Set<String> catalogue = e.tools().stream().filter(Objects::nonNull).map(Tool::id).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        String known = catalogue.isEmpty() ? "—" : catalogue.stream().sorted().collect(Collectors.joining(", "));
        for (int i = 0; i < e.forbidden().size(); i++) {
            BaselineProhibition entry = e.forbidden().get(i);
            if (entry == null) {
                continue;
            }
            String at = "forbidden[" + i + "]";
            if (!entry.namesCombination() && entry.statement().isEmpty()) {
                found.add(finding(RuleCode.Q_SCHEMA, at, "Q-SCHEMA.baselineForbiddenEmpty", Map.of(), terms, sourceMap));
            } else if (entry.namesCombination() && entry.reason().isEmpty()) {
                found.add(finding(RuleCode.Q_SCHEMA, at, "Q-SCHEMA.baselineForbiddenReason", Map.of(), terms, sourceMap));
            }
            for (int k = 0; k < entry.tools().size(); k++) {
                String id = entry.tools().get(k);
                if (id != null && !id.equals(Ids.ALL) && !catalogue.contains(id)) {
                    found.add(finding(RuleCode.Q_REF, at + ".tools[" + k + "]", "Q-REF.baselineTools",
                            Map.of("id", id, "known", known), terms, sourceMap));
                }
            }
        }
        return found;
    }

    private static Finding finding(RuleCode code, String path, String key, Map<String, String> values, Terms terms,
            SourceMap sourceMap) {
        return new Finding(code, Severity.ERROR, path, terms.fill(key, values), sourceMap.find(path));
    }
}

package fr.charteia.validation;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.SchemaProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words for what the loader found, from the same bundles as the rule messages. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    static Finding describe(SchemaProblem problem, Terms terms) {
        Map<String, String> values = new HashMap<>();
        values.put("value", problem.value());
        values.put("expected", terms.text("term.expected." + problem.expected().name()));
        values.put("choices", String.join(", ", problem.choices()));
        String key = switch (problem.kind()) {
            case UNKNOWN_KEY -> problem.choices().isEmpty() ? "Q-SCHEMA.unknownKey" : "Q-SCHEMA.unknownKeySuggest";
            // YAML reads yes, no, on and off as booleans: where a choice is expected, list the choices
            case WRONG_TYPE -> problem.value().isEmpty() ? "Q-SCHEMA.wrongType"
                    : problem.choices().isEmpty() ? "Q-SCHEMA.wrongTypeValue" : "Q-SCHEMA.badChoice";
            case BAD_VALUE -> problem.choices().isEmpty() ? "Q-SCHEMA.badValue" : "Q-SCHEMA.badChoice";
        };
        return new Finding(RuleCode.Q_SCHEMA, Severity.ERROR, problem.path(), terms.fill(key, values), problem.position());
    }

    /** One paragraph saying why the file cannot be read, where, and what to do. */
    public static String describe(LoadFailure failure, Terms terms) {
        Map<String, String> values = new HashMap<>();
        values.put("file", failure.file());
        List<String> details = failure.details();
        for (int i = 0; i < details.size(); i++) {
            values.put("d" + i, details.get(i));
        }
        String where = failure.position()
                .map(p -> terms.fill("load.where", Map.of("line", String.valueOf(p.line()), "column", String.valueOf(p.column()))))
                .orElse("");
        values.put("where", where);
        return terms.fill("load." + failure.reason().name(), values);
    }

    /** The finding listed for an unreadable file in reports (code Q-SCHEMA, path empty). */
    public static Finding asFinding(LoadFailure failure, Terms terms) {
        return new Finding(RuleCode.Q_SCHEMA, Severity.ERROR, "", describe(failure, terms), failure.position());
    }
}

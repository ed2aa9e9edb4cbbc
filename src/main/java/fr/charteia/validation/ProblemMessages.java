package fr.charteia.validation;

import fr.charteia.load.LoadFailure;
import fr.charteia.model.DocumentControl;
import fr.charteia.load.HandWrittenDates;
import fr.charteia.load.SchemaProblem;
import fr.charteia.load.SchemaProblem.Expected;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            case TOO_MANY -> {
                values.put("list", problem.path());
                values.put("limit", problem.choices().get(0));
                // the limit on rules counts both lists: the path names the first, the message both
                yield problem.path().equals("authorised") || problem.path().equals("forbidden")
                        ? "Q-SCHEMA.tooManyRules" : "Q-SCHEMA.tooMany";
            }
            case TOO_LONG -> {
                values.put("limit", problem.choices().get(0));
                yield "Q-SCHEMA.tooLong";
            }
            case COLON_IN_TEXT -> {
                values.put("fix", "- \"" + problem.value().replace("\"", "'") + "\"");
                yield "Q-SCHEMA.colonInText";
            }
            case FORBIDDEN_CHARACTER -> {
                values.put("kind", terms.text("term.character." + problem.choices().get(0)));
                values.put("position", problem.choices().get(1));
                yield problem.expected() == Expected.OTHER ? "Q-SCHEMA.forbiddenCharacterInKey" : "Q-SCHEMA.forbiddenCharacter";
            }
            // YAML reads yes, no, on and off as booleans: where a choice is expected, list the choices
            case WRONG_TYPE -> problem.value().isEmpty() ? "Q-SCHEMA.wrongType"
                    // the first item lost its dash: YAML read the whole list as one text, « a - b - c »
                    : problem.expected() == Expected.LIST && problem.value().contains(" - ") ? "Q-SCHEMA.firstItemWithoutDash"
                    : problem.expected() == Expected.LIST && problem.value().contains(",") ? commaList(problem, values)
                    : problem.choices().isEmpty() ? "Q-SCHEMA.wrongTypeValue" : "Q-SCHEMA.badChoice";
            case BAD_VALUE -> problem.expected() == Expected.DATE ? badDate(problem, values)
                    : isQuotedYesNo(problem) ? "Q-SCHEMA.yesNoQuoted"
                    : isYesNo(problem) ? (problem.choices().isEmpty() ? "Q-SCHEMA.yesNo" : "Q-SCHEMA.yesNoUnknown")
                    : problem.choices().isEmpty() ? "Q-SCHEMA.badValue" : "Q-SCHEMA.badChoice";
        };
        return new Finding(RuleCode.Q_SCHEMA, Severity.ERROR, problem.path(), terms.fill(key, values), problem.position());
    }

    /** {@code roles: medecin, interne}: the list the user meant, written as YAML reads it. */
    private static String commaList(SchemaProblem problem, Map<String, String> values) {
        values.put("fix", "[" + String.join(", ", problem.value().split("\\s*[,;]\\s*")) + "]");
        return "Q-SCHEMA.commaList";
    }

    /** A date the user wrote in another form gets its own value as the example, when it can be read. */
    private static String badDate(SchemaProblem problem, Map<String, String> values) {
        if (HandWrittenDates.yearOutOfRange(problem.value())) {
            values.put("field", problem.path().substring(problem.path().lastIndexOf('.') + 1));
            values.put("earliest", DocumentControl.EARLIEST_DATE.toString());
            values.put("latest", DocumentControl.LATEST_DATE.toString());
            values.put("example", "2027-03-12");
            return "Q-SCHEMA.dateOutOfRange";
        }
        Optional<LocalDate> meant = HandWrittenDates.read(problem.value());
        values.put("example", meant.map(LocalDate::toString).orElse("2027-03-12"));
        return HandWrittenDates.looksIso(problem.value()) && meant.isEmpty() ? "Q-SCHEMA.impossibleDate" : "Q-SCHEMA.badDate";
    }

    /** oui/non, vrai/faux, or yes/no written as text, where true or false is expected. */
    private static boolean isYesNo(SchemaProblem problem) {
        return problem.expected() == Expected.BOOLEAN
                || problem.choices().contains("true") && problem.choices().contains("false")
                && YES_NO.contains(problem.value().strip().toLowerCase(Locale.ROOT));
    }

    /** {@code contract: "true"}: the right word, but written as a text, which the format does not read as yes or no. */
    private static boolean isQuotedYesNo(SchemaProblem problem) {
        return problem.expected() == Expected.BOOLEAN && Set.of("true", "false").contains(problem.value().strip());
    }

    private static final Set<String> YES_NO = Set.of("oui", "non", "vrai", "faux", "yes", "no", "o", "n", "y");

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

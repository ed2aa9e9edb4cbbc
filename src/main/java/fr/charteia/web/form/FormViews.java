package fr.charteia.web.form;

import java.util.List;

/**
 * What the step templates show. Mustache reads these records; lists of zero or one element stand for
 * « maybe » (a strict template refuses a missing value).
 */
public final class FormViews {

    private FormViews() {
    }

    /** One piece of a step: a field, a group (fieldset) or a list of rows; exactly one list holds an element. */
    public record Item(List<Input> field, List<Box> group, List<RowList> rows) {

        static Item of(Input input) {
            return new Item(List.of(input), List.of(), List.of());
        }

        static Item of(Box box) {
            return new Item(List.of(), List.of(box), List.of());
        }

        static Item of(RowList rows) {
            return new Item(List.of(), List.of(), List.of(rows));
        }
    }

    /**
     * An input with its label, hint and findings.
     *
     * @param kind one of line, area, email, tel, date, id, select, radios, checkboxes, lines
     * @param describedBy the ids of the hint and findings, for {@code aria-describedby}
     */
    public record Input(String name, String id, String label, List<String> hint, String describedBy,
            boolean line, boolean area, boolean email, boolean tel, boolean date, boolean select, boolean radios,
            boolean checkboxes, String value, List<Option> options, Findings findings) {

        public boolean text() {
            return line || email || tel || date;
        }

        public String type() {
            return email ? "email" : tel ? "tel" : date ? "date" : "text";
        }
    }

    /** A choice of a select, radio group or check-box group. */
    public record Option(String value, String label, String id, boolean selected) {
    }

    /** A fieldset around an object's fields. */
    public record Box(String id, String legend, List<String> hint, List<Item> items, Findings findings) {
    }

    /** A list of rows with its add buttons. */
    public record RowList(String id, String name, String legend, List<String> hint, int count, List<Row> rows,
            String addAction, String addLabel, List<Suggestion> suggestions, String suggestionsLegend,
            Findings findings) {

        public boolean hasSuggestions() {
            return !suggestions.isEmpty();
        }

        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** One row of a list, as a fieldset. */
    public record Row(String id, String legend, List<Item> items, String removeAction, String removeLabel,
            Findings findings) {
    }

    /** A catalogue entry the user may add with one button. */
    public record Suggestion(String action, String label) {
    }

    /** The findings shown beside one input, group or row. */
    public record Findings(String id, List<FindingView> list, boolean invalid) {

        public boolean any() {
            return !list.isEmpty();
        }
    }

    /**
     * One finding, as {@code validate} words it.
     *
     * @param target the id of the input it stands beside, for the links of the error summary
     * @param why the rule's « Pourquoi ? », when it has one
     */
    public record FindingView(String code, String severity, boolean error, String message, List<String> why,
            String target) {
    }
}

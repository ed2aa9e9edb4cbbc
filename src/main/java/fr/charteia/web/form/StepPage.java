package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.validation.Finding;
import fr.charteia.web.form.Field.Choice;
import fr.charteia.web.form.Field.Group;
import fr.charteia.web.form.Field.Lines;
import fr.charteia.web.form.Field.Reference;
import fr.charteia.web.form.Field.References;
import fr.charteia.web.form.Field.Rows;
import fr.charteia.web.form.Field.Target;
import fr.charteia.web.form.Field.Text;
import fr.charteia.web.form.Field.TextKind;
import fr.charteia.web.form.Field.YesNo;
import fr.charteia.web.form.FormViews.FindingView;
import fr.charteia.web.form.FormViews.Findings;
import fr.charteia.web.form.FormViews.Input;
import fr.charteia.web.form.FormViews.Item;
import fr.charteia.web.form.FormViews.Option;
import fr.charteia.web.form.FormViews.Row;
import fr.charteia.web.form.FormViews.RowList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A step as the user sees it: every field with its current value, label, hint, and the findings of
 * the validator beside the field they are about. A finding whose path names something the step does
 * not show as such ({@code authorised[3].data[0]}) stands beside the nearest thing it does show
 * ({@code authorised[3].data}).
 */
public final class StepPage {

    private final ObjectNode draft;
    private final FormTexts texts;
    private final Locale language;
    private final Map<String, List<Finding>> placed;

    /**
     * Everything a step template shows.
     *
     * @param summary this step's findings, errors first, for the summary at the top
     * @param elsewhere how many findings other steps show
     */
    public record Model(int number, String title, String intro, List<Item> items, List<FindingView> summary,
            int errors, int warnings, int elsewhere) {

        public boolean hasSummary() {
            return !summary.isEmpty();
        }

        public boolean hasErrors() {
            return errors > 0;
        }
    }

    private StepPage(ObjectNode draft, Locale language, Map<String, List<Finding>> placed) {
        this.draft = draft;
        this.texts = FormTexts.of(language);
        this.language = language;
        this.placed = placed;
    }

    /** The view of {@code step} for {@code draft}, with its findings placed. */
    public static Model of(ObjectNode draft, Step step, List<Finding> findings, Locale language) {
        Set<String> shown = new HashSet<>();
        for (Field field : step.fields()) {
            collectPaths(draft, "", field, shown);
        }
        Map<String, List<Finding>> placed = new LinkedHashMap<>();
        List<Finding> mine = new ArrayList<>();
        int elsewhere = 0;
        for (Finding finding : findings) {
            if (FieldLocation.of(finding.path(), draft).step() != step.number()) {
                elsewhere++;
                continue;
            }
            mine.add(finding);
            placed.computeIfAbsent(nearest(finding.path(), shown), k -> new ArrayList<>()).add(finding);
        }
        StepPage page = new StepPage(draft, language, placed);
        List<Item> items = new ArrayList<>();
        for (Field field : step.fields()) {
            items.add(page.item(draft, "", field));
        }
        mine.sort(Comparator.comparing(f -> !f.isError()));
        List<FindingView> summary = mine.stream()
                .map(f -> page.view(f, FieldLocation.idOf(nearest(f.path(), shown)))).toList();
        int errors = (int) mine.stream().filter(Finding::isError).count();
        FormTexts texts = FormTexts.of(language);
        return new Model(step.number(), texts.get("step." + step.number() + ".title"),
                texts.get("step." + step.number() + ".intro"), items, summary, errors, mine.size() - errors, elsewhere);
    }

    /** The path of what the step shows nearest to {@code path}: itself, or its closest enclosing part. */
    public static String nearest(String path, Set<String> shown) {
        String current = path;
        while (!current.isEmpty()) {
            if (shown.contains(current)) {
                return current;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return "";
    }

    /** Every path the step shows for {@code draft}: fields, groups, lists and their rows. */
    static void collectPaths(JsonNode parent, String prefix, Field field, Set<String> shown) {
        String path = join(prefix, field.key());
        shown.add(path);
        if (field instanceof Group group) {
            JsonNode object = node(parent, group.key());
            for (Field inner : group.fields()) {
                collectPaths(object, path, inner, shown);
            }
        } else if (field instanceof Rows rows) {
            JsonNode list = node(parent, rows.key());
            for (int i = 0; i < list.size(); i++) {
                String rowPath = path + "[" + i + "]";
                shown.add(rowPath);
                for (Field inner : rows.fields()) {
                    collectPaths(list.get(i), rowPath, inner, shown);
                }
            }
        }
    }

    private Item item(JsonNode parent, String prefix, Field field) {
        String path = join(prefix, field.key());
        String schemaPath = path.replaceAll("\\[\\d+\\]", "");
        if (field instanceof Group group) {
            JsonNode object = node(parent, group.key());
            List<Item> items = new ArrayList<>();
            for (Field inner : group.fields()) {
                items.add(item(object, path, inner));
            }
            return Item.of(new FormViews.Box(FieldLocation.idOf(path), texts.get("legend." + schemaPath),
                    hint(schemaPath), items, findings(path)));
        }
        if (field instanceof Rows rows) {
            return Item.of(rowList(node(parent, rows.key()), path, rows));
        }
        return Item.of(input(parent, path, schemaPath, field));
    }

    private RowList rowList(JsonNode list, String path, Rows rows) {
        List<Row> shownRows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String rowPath = path + "[" + i + "]";
            List<Item> items = new ArrayList<>();
            for (Field inner : rows.fields()) {
                items.add(item(list.get(i), rowPath, inner));
            }
            String name = rowName(useLabel(list.get(i)));
            shownRows.add(new Row(FieldLocation.idOf(rowPath),
                    texts.get("row." + path, i + 1, name.isEmpty() ? texts.get("row.unnamed") : name), items,
                    "remove:" + rowPath, texts.get("remove." + path, i + 1, name), findings(rowPath)));
        }
        List<FormViews.Suggestion> suggestions = Suggestions.of(rows.key(), draft, language).stream()
                .map(s -> new FormViews.Suggestion("suggest:" + rows.key() + ":" + s.index(), s.label())).toList();
        return new RowList(FieldLocation.idOf(path), path + FormBinding.ROWS_SUFFIX, texts.get("legend." + path),
                hint(path), list.size(), shownRows, "add:" + path, texts.get("add." + path), suggestions,
                texts.get("suggest." + path), findings(path));
    }

    private Input input(JsonNode parent, String path, String schemaPath, Field field) {
        String id = FieldLocation.idOf(path);
        JsonNode value = node(parent, field.key());
        List<String> hint = hint(schemaPath);
        Findings findings = findings(path);
        String describedBy = (hint.isEmpty() ? "" : id + "-hint ") + id + "-findings";
        String label = texts.get("label." + schemaPath);
        List<Option> options = List.of();
        String text = "";
        boolean line = false;
        boolean area = false;
        boolean email = false;
        boolean tel = false;
        boolean date = false;
        boolean select = false;
        boolean radios = false;
        boolean checkboxes = false;
        if (field instanceof Text t) {
            text = ShownValues.text(value);
            line = t.kind() == TextKind.LINE || t.kind() == TextKind.ID;
            area = t.kind() == TextKind.AREA;
            email = t.kind() == TextKind.EMAIL;
            tel = t.kind() == TextKind.PHONE;
            date = t.kind() == TextKind.DATE;
        } else if (field instanceof Choice choice) {
            select = true;
            String current = ShownValues.text(value);
            options = new ArrayList<>();
            options.add(new Option("", texts.get("option.none"), id + "-none", current.isEmpty()));
            for (String code : choice.codes()) {
                options.add(new Option(code, texts.get("option." + schemaPath + "." + code), id + "-" + code,
                        code.equals(current)));
            }
            if (!current.isEmpty() && !choice.codes().contains(current)) {
                options.add(new Option(current, current, id + "-other", true));
            }
        } else if (field instanceof YesNo yesNo) {
            radios = true;
            String current = ShownValues.yesNo(value);
            options = new ArrayList<>(List.of(
                    new Option("true", texts.get("option.yes"), id + "-true", current.equals("true")),
                    new Option("false", texts.get("option.no"), id + "-false", current.equals("false"))));
            if (yesNo.unknownAllowed()) {
                options.add(new Option("unknown", texts.get("option.unknown"), id + "-unknown", current.equals("unknown")));
            }
        } else if (field instanceof Lines) {
            area = true;
            text = ShownValues.lines(value);
        } else if (field instanceof Reference reference) {
            select = true;
            String current = ShownValues.text(value);
            options = new ArrayList<>();
            options.add(new Option("", texts.get("option.none"), id + "-none", current.isEmpty()));
            options.addAll(declared(reference.target(), id, Set.of(current)));
            if (!current.isEmpty() && options.stream().noneMatch(Option::selected)) {
                options.add(new Option(current, texts.get("option.undeclared", current), id + "-other", true));
            }
        } else if (field instanceof References references) {
            checkboxes = true;
            Set<String> current = ShownValues.references(value);
            options = new ArrayList<>();
            options.add(new Option("*", texts.get("option.all." + references.target().list()), id + "-all",
                    current.contains("*")));
            List<Option> declared = declared(references.target(), id, current);
            options.addAll(declared);
            for (String undeclared : current) {
                if (!undeclared.equals("*") && declared.stream().noneMatch(o -> o.value().equals(undeclared))) {
                    options.add(new Option(undeclared, texts.get("option.undeclared", undeclared),
                            id + "-" + Ids.slug(undeclared), true));
                }
            }
        }
        return new Input(path, id, label, hint, describedBy, line, area, email, tel, date, select, radios,
                checkboxes, text, options, findings);
    }

    /** The declared roles, tools, data or uses, by the name people know them by. */
    private List<Option> declared(Target target, String id, Set<String> selected) {
        List<Option> options = new ArrayList<>();
        for (JsonNode row : draft.path(target.list())) {
            String value = row.path("id").asText("");
            if (value.isEmpty()) {
                continue;
            }
            String label = target.labelKeys().stream().map(k -> row.path(k).asText("")).filter(s -> !s.isBlank())
                    .findFirst().orElse(value);
            options.add(new Option(value, label, id + "-" + Ids.slug(value), selected.contains(value)));
        }
        return options;
    }

    private Findings findings(String path) {
        String id = FieldLocation.idOf(path);
        List<FindingView> views = placed.getOrDefault(path, List.of()).stream().map(f -> view(f, id)).toList();
        return new Findings(id + "-findings", views, views.stream().anyMatch(FindingView::error));
    }

    private FindingView view(Finding finding, String target) {
        return new FindingView(finding.code().code(), texts.get("severity." + finding.severity().name()),
                finding.isError(), finding.message(), texts.find("why." + finding.code().code()).stream().toList(),
                target);
    }

    private List<String> hint(String schemaPath) {
        return texts.find("hint." + schemaPath).stream().toList();
    }

    /** A rule's row is named after its use as people know it, not after the use's id. */
    private JsonNode useLabel(JsonNode row) {
        String use = row.path("use").asText("");
        if (use.isEmpty() || !(row instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
            return row;
        }
        for (JsonNode declared : draft.path("uses")) {
            if (declared.path("id").asText("").equals(use) && !declared.path("label").asText("").isBlank()) {
                com.fasterxml.jackson.databind.node.ObjectNode named = object.deepCopy();
                named.put("use", declared.path("label").asText());
                return named;
            }
        }
        return row;
    }

    private static String rowName(JsonNode row) {
        for (String key : List.of("short_name", "short_label", "name", "label", "title", "situation", "use",
                "statement", "reason", "version")) {
            String value = row.path(key).asText("");
            if (!value.isBlank()) {
                return value.length() > 80 ? value.substring(0, 79) + "…" : value;
            }
        }
        return "";
    }

    private static JsonNode node(JsonNode parent, String dottedKey) {
        JsonNode node = parent;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}

package fr.charteia.web.form;

import fr.charteia.web.form.FormViews.Box;
import fr.charteia.web.form.FormViews.Input;
import fr.charteia.web.form.FormViews.Item;
import fr.charteia.web.form.FormViews.Option;
import fr.charteia.web.form.FormViews.Row;
import fr.charteia.web.form.FormViews.RowList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a browser posts for a step page, built from the view model the templates render: a text's
 * value, a select's chosen option (the first when none is marked), radios and check boxes after their
 * hidden empty value, a text area's lines with the CR LF a browser sends, and each list's row count.
 */
final class PostedForm {

    private final Map<String, List<String>> posted = new LinkedHashMap<>();

    private PostedForm() {
    }

    static Map<String, List<String>> of(StepPage.Model model) {
        PostedForm form = new PostedForm();
        model.items().forEach(form::item);
        return form.posted;
    }

    private void item(Item item) {
        item.field().forEach(this::input);
        for (Box box : item.group()) {
            box.items().forEach(this::item);
        }
        for (RowList list : item.rows()) {
            add(list.name(), String.valueOf(list.count()));
            for (Row row : list.rows()) {
                row.items().forEach(this::item);
            }
        }
    }

    private void input(Input input) {
        if (input.text()) {
            add(input.name(), input.value());
        } else if (input.area()) {
            add(input.name(), input.value().replace("\n", "\r\n"));
        } else if (input.select()) {
            add(input.name(), input.options().stream().filter(Option::selected).map(Option::value).reduce((a, b) -> b)
                    .orElse(input.options().get(0).value()));
        } else if (input.radios() || input.checkboxes()) {
            add(input.name(), "");
            input.options().stream().filter(Option::selected).forEach(o -> add(input.name(), o.value()));
        } else {
            throw new AssertionError("an input of no known kind: " + input.name());
        }
    }

    private void add(String name, String value) {
        posted.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
}

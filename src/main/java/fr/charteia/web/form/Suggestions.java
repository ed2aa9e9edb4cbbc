package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.starter.StarterCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entries a list may start from: the catalogue of {@code init} (typical roles, tools, data, uses,
 * prohibitions, training) and the charter's catalogue of risk situations. An entry already in the
 * draft is not offered again; a prohibition or training naming something the draft does not declare
 * is not offered either, since it could not be kept as it is.
 */
public final class Suggestions {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNode CATALOGUE = read(StarterCatalogue.RESOURCE);
    private static final Map<String, JsonNode> SITUATIONS = Map.of(
            "fr", read("/templates/fr/situations.yaml"), "en", read("/templates/en/situations.yaml"));

    /**
     * One entry to offer.
     *
     * @param index its place in the catalogue, which the « add » button posts back
     * @param label what the button says
     */
    public record Suggestion(int index, String label, ObjectNode entry) {
    }

    private Suggestions() {
    }

    /** What the list {@code rowsKey} of {@code draft} may add, in the catalogue's order. */
    public static List<Suggestion> of(String rowsKey, ObjectNode draft, Locale language) {
        JsonNode entries = entries(rowsKey, language);
        List<Suggestion> offered = new ArrayList<>();
        Set<String> present = present(rowsKey, draft);
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof ObjectNode raw) || raw.path("workshop_only").asBoolean(false)) {
                // a workshop-only case (an authorised one) is no risk situation for a charter
                continue;
            }
            ObjectNode entry = withoutComment(raw, rowsKey);
            if (!present.contains(identity(rowsKey, entry)) && namesOnlyDeclared(entry, draft)) {
                offered.add(new Suggestion(i, label(rowsKey, entry), entry));
            }
        }
        return offered;
    }

    /** The entry at {@code index} of the list's catalogue, if it is still offered. */
    public static java.util.Optional<ObjectNode> entry(String rowsKey, int index, ObjectNode draft, Locale language) {
        return of(rowsKey, draft, language).stream().filter(s -> s.index() == index).map(Suggestion::entry).findFirst();
    }

    private static JsonNode entries(String rowsKey, Locale language) {
        if (rowsKey.equals("situations")) {
            return SITUATIONS.getOrDefault(language.getLanguage(), SITUATIONS.get("fr"));
        }
        // the starter catalogue is French: an English draft types its own entries
        if (!language.getLanguage().equals("fr") || rowsKey.equals("authorised")) {
            return YAML.createArrayNode();
        }
        return CATALOGUE.path(rowsKey);
    }

    private static ObjectNode withoutComment(ObjectNode raw, String rowsKey) {
        ObjectNode entry = raw.deepCopy();
        entry.remove("comment");
        if (rowsKey.equals("situations")) {
            entry.retain("situation", "risk", "reflex");
        }
        return entry;
    }

    private static Set<String> present(String rowsKey, ObjectNode draft) {
        Set<String> present = new HashSet<>();
        draft.path(rowsKey).forEach(row -> present.add(identity(rowsKey, row)));
        return present;
    }

    /** What makes two entries the same: the id of a declaration, the text of anything else. */
    private static String identity(String rowsKey, JsonNode entry) {
        if (entry.has("id")) {
            return "id:" + entry.path("id").asText();
        }
        return switch (rowsKey) {
            case "situations" -> entry.path("situation").asText();
            case "training" -> entry.path("title").asText();
            default -> entry.toString();
        };
    }

    private static boolean namesOnlyDeclared(ObjectNode entry, ObjectNode draft) {
        for (Field.Target target : Field.Target.values()) {
            Set<String> declared = new HashSet<>();
            draft.path(target.list()).forEach(row -> declared.add(row.path("id").asText()));
            declared.add("*");
            for (String place : target.referencedFrom()) {
                JsonNode value = entry.path(place.substring(place.indexOf("].") + 2));
                if (value.isTextual() && !declared.contains(value.asText())) {
                    return false;
                }
                for (JsonNode id : value instanceof ArrayNode ? value : YAML.createArrayNode()) {
                    if (!declared.contains(id.asText())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String label(String rowsKey, ObjectNode entry) {
        for (String key : List.of("short_label", "short_name", "label", "title", "situation", "statement", "reason")) {
            if (entry.hasNonNull(key)) {
                return entry.path(key).asText();
            }
        }
        return entry.toString();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Suggestions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

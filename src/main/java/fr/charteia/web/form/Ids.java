package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for rows the user left without one: made from the row's short name or label
 * ({@code Chatbot grand public} → {@code chatbot-grand-public}), unique in the list. A department
 * manager never has to invent an identifier; one who wants another may type it.
 */
final class Ids {

    private static final int LONGEST = 40;

    private Ids() {
    }

    /** Gives every row of {@code rows} without an id one made from the first filled of {@code sources}. */
    static void fillMissing(ArrayNode rows, List<String> sources) {
        Set<String> taken = new HashSet<>();
        rows.forEach(row -> {
            String id = row.path("id").asText("");
            if (!id.isEmpty()) {
                taken.add(id);
            }
        });
        for (JsonNode row : rows) {
            if (row instanceof ObjectNode object && object.path("id").asText("").isEmpty()) {
                String base = sources.stream().map(key -> slug(object.path(key).asText("")))
                        .filter(slug -> !slug.isEmpty()).findFirst().orElse("element");
                String id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
                object.put("id", id);
            }
        }
    }

    /** Lower-case letters, digits and hyphens, accents dropped. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
        }
        return slug;
    }
}

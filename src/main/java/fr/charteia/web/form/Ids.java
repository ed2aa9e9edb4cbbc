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

    /**
     * Gives {@code row} of {@code rows}, if it has no id, one made from the first filled of
     * {@code sources}, unique in the list; a row not yet named keeps none.
     */
    static void fillMissing(ArrayNode rows, ObjectNode row, List<String> sources) {
        if (!row.path("id").asText("").isEmpty()) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (JsonNode other : rows) {
            if (other != row) {
                taken.add(other.path("id").asText(""));
            }
        }
        String base = sources.stream().map(key -> slug(row.path(key).asText(""))).filter(slug -> !slug.isEmpty())
                .findFirst().orElse("");
        if (base.isEmpty()) {
            return;
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        row.put("id", id);
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

package fr.charteia.compose;

import java.text.Normalizer;
import java.util.Locale;

/** Safe file names from a department's name: ASCII letters, digits and hyphens, nothing else. */
final class FileStems {

    static final int MAX_LENGTH = 60;

    private FileStems() {
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "service" : slug;
    }
}

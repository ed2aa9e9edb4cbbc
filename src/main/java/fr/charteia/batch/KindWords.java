package fr.charteia.batch;

import fr.charteia.model.DataKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Data kinds in the French words the documents use ({@code kind.DataKind.*} of the shipped
 * {@code templates/fr/terms.properties}), so that the workbook and the charters say the same thing.
 */
final class KindWords {

    private static final Properties TERMS = load();

    private KindWords() {
    }

    static String of(DataKind kind) {
        String word = TERMS.getProperty("kind.DataKind." + kind.code());
        return word != null ? word : kind.code();
    }

    private static Properties load() {
        Properties terms = new Properties();
        try (InputStream in = KindWords.class.getResourceAsStream("/templates/fr/terms.properties")) {
            if (in != null) {
                terms.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

package fr.charteia.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The commented starter establishment baseline written by {@code charte-ia init --etablissement}: a
 * complete {@code charte-ia-etablissement/1} file in French, with realistic example values (not
 * placeholders: it validates as written, so a quality team can try a department against it at once),
 * its comments saying what to replace and which values each field takes.
 */
public final class StarterEstablishment {

    /** The schema file named by the starter's first line, relative to the baseline. */
    public static final String SCHEMA_FILE = "charte-ia-etablissement-1.schema.json";

    static final String RESOURCE = "/starter/etablissement-fr.yaml";

    private StarterEstablishment() {
    }

    /** The starter, its comments naming {@code validateCommand}; in force next month, reviewed a year later. */
    public static String render(String validateCommand) {
        return render(validateCommand, StarterQuestionnaire.firstDayOfNextMonth(LocalDate.now()));
    }

    public static String render(String validateCommand, LocalDate effectiveDate) {
        return template().replace("{{validate}}", validateCommand)
                .replace("{{effective}}", effectiveDate.toString())
                .replace("{{review}}", effectiveDate.plusYears(1).toString());
    }

    private static String template() {
        try (InputStream in = StarterEstablishment.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("starter missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

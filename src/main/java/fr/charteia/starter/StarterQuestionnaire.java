package fr.charteia.starter;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The commented starter questionnaire written by {@code charte-ia init}: a complete
 * {@code charte-ia/1} file in French, pre-filled from the {@link StarterCatalogue}, that explains
 * in comments how to fill it and marks with « À COMPLÉTER » what the department must replace;
 * validation refuses it until they are (rule G-PLACEHOLDER).
 *
 * <p>Its first line points editors to the JSON Schema {@value #SCHEMA_FILE}, which {@code init}
 * writes beside it; its comments name the command that checks it, as the user can type it.
 *
 * <pre>{@code
 * String yaml = StarterQuestionnaire.render("java -jar charte-ia.jar validate mon-service.yaml");
 * }</pre>
 */
public final class StarterQuestionnaire {

    /** The schema file named by the starter's first line, relative to the questionnaire. */
    public static final String SCHEMA_FILE = "charte-ia-1.schema.json";

    /** The check command named in the comments when the caller gives none. */
    static final String DEFAULT_VALIDATE_COMMAND = "charte-ia validate questionnaire.yaml";

    /** Classpath location of the template, under {@value #TEMPLATE_ROOT}. */
    static final String TEMPLATE = "questionnaire-fr.yaml.mustache";
    static final String TEMPLATE_ROOT = "starter";

    private StarterQuestionnaire() {
    }

    /**
     * The starter questionnaire built from the shipped catalogue; it takes effect on the first day
     * of next month and is reviewed twelve months later.
     */
    public static String render() {
        return render(DEFAULT_VALIDATE_COMMAND);
    }

    /** As {@link #render()}, its comments naming {@code validateCommand} to check the file. */
    public static String render(String validateCommand) {
        return render(Catalogue.SHIPPED, firstDayOfNextMonth(LocalDate.now()), validateCommand);
    }

    /** The starter questionnaire built from the shipped catalogue, with a fixed effective date. */
    public static String render(LocalDate effectiveDate) {
        return render(Catalogue.SHIPPED, effectiveDate, DEFAULT_VALIDATE_COMMAND);
    }

    /** The starter questionnaire built from any catalogue, with a fixed effective date. */
    public static String render(StarterCatalogue catalogue, LocalDate effectiveDate) {
        return render(catalogue, effectiveDate, DEFAULT_VALIDATE_COMMAND);
    }

    /** The starter questionnaire built from any catalogue, with a fixed effective date and check command. */
    public static String render(StarterCatalogue catalogue, LocalDate effectiveDate, String validateCommand) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(validateCommand, "validateCommand");
        StringWriter out = new StringWriter(16 * 1024);
        Template.COMPILED.execute(out, StarterView.of(catalogue, effectiveDate, validateCommand));
        return out.toString();
    }

    static LocalDate firstDayOfNextMonth(LocalDate today) {
        return today.withDayOfMonth(1).plusMonths(1);
    }

    /** Read once, on first use. */
    private static final class Catalogue {
        static final StarterCatalogue SHIPPED = StarterCatalogue.load();
    }

    /** Compiled once, on first use. */
    private static final class Template {
        static final Mustache COMPILED = new YamlMustacheFactory(TEMPLATE_ROOT).compile(TEMPLATE);
    }
}

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
 * <pre>{@code
 * String yaml = StarterQuestionnaire.render();
 * }</pre>
 */
public final class StarterQuestionnaire {

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
        return render(firstDayOfNextMonth(LocalDate.now()));
    }

    /** The starter questionnaire built from the shipped catalogue, with a fixed effective date. */
    public static String render(LocalDate effectiveDate) {
        return render(Catalogue.SHIPPED, effectiveDate);
    }

    /** The starter questionnaire built from any catalogue, with a fixed effective date. */
    public static String render(StarterCatalogue catalogue, LocalDate effectiveDate) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        StringWriter out = new StringWriter(16 * 1024);
        Template.COMPILED.execute(out, StarterView.of(catalogue, effectiveDate));
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

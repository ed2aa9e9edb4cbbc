package fr.charteia.validation;

import fr.charteia.model.Coded;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language from the {@code ValidationMessages} bundle: kind names quoted inside
 * messages ("des données de santé identifiantes") and templates filled outside Hibernate Validator.
 */
public final class Terms {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Terms(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Terms of(Locale locale) {
        return new Terms(ResourceBundle.getBundle("ValidationMessages", locale, NoFallback.INSTANCE), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The phrase for an enum value, e.g. {@code term.DataKind.health_identifying}. */
    public String of(Coded value) {
        return text("term." + value.getClass().getSimpleName() + "." + value.code());
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key missing for " + locale + ": " + key, e);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Fills {@code {name}} placeholders in one pass: inserted values are never scanned again, so a
     * value that itself contains braces prints as written.
     */
    public String fill(String key, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Only the bundles we ship: a French JVM asking for English must not get French. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}

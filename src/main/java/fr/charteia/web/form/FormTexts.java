package fr.charteia.web.form;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the questionnaire's steps ({@code Form_fr.properties}, {@code Form_en.properties}):
 * step titles and introductions, each field's label and plain-words hint, the options of each list,
 * and « Pourquoi ? » for each rule.
 */
public final class FormTexts {

    private static final Map<String, FormTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private FormTexts(String language) {
        this.bundle = ResourceBundle.getBundle("fr.charteia.web.form.Form", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French unless {@code language} is English. */
    public static FormTexts of(Locale language) {
        String supported = language.getLanguage().equals("en") ? "en" : "fr";
        return BY_LANGUAGE.computeIfAbsent(supported, FormTexts::new);
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}… replaced. */
    public String get(String key, Object... arguments) {
        return find(key, arguments).orElseThrow(() -> new MissingResourceException("no form text " + key,
                "Form", key));
    }

    /** The text of {@code key} if there is one (hints are optional). */
    public Optional<String> find(String key, Object... arguments) {
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        String text = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return Optional.of(text);
    }

    /** Every key, for the test that keeps both languages in step. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}

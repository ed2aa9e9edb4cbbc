package fr.charteia.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the web pages, from {@code Web_fr.properties} / {@code Web_en.properties}. Templates
 * read them as {@code {{t.home_title}}}: the key {@code home.title} with dots turned into underscores,
 * since Mustache reads a dot as a step into an object.
 */
public final class WebTexts {

    private static final Map<Locale, WebTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale language;
    private final ResourceBundle bundle;
    private final Map<String, String> forTemplates;

    private WebTexts(Locale language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fr.charteia.web.Web", language, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> keys = new HashMap<>();
        for (String key : bundle.keySet()) {
            keys.put(key.replace('.', '_'), bundle.getString(key));
        }
        this.forTemplates = Collections.unmodifiableMap(keys);
    }

    /** French unless {@code language} is English. */
    public static WebTexts of(Locale language) {
        Locale supported = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return BY_LANGUAGE.computeIfAbsent(supported, WebTexts::new);
    }

    public Locale language() {
        return language;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as they are. */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no web text " + key + " in " + language, e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** Every text, keyed for templates ({@code home_title}). */
    public Map<String, String> forTemplates() {
        return forTemplates;
    }
}

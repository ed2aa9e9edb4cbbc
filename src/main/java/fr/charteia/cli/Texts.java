package fr.charteia.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words (headings, verdicts), in French or English. */
final class Texts {

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Texts of(Locale language) {
        return new Texts(ResourceBundle.getBundle("fr.charteia.cli.Texts", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    static Locale defaultLanguage() {
        return Locale.FRENCH;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… replaced, in one pass (values are not rescanned). */
    String get(String key, Object... values) {
        String template = bundle.getString(key);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && Character.isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                out.append(index < values.length ? values[index] : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "0 erreur", "1 erreur", "2 erreurs" but "0 errors": French counts zero as singular. */
    String count(String key, long n) {
        boolean singular = n == 1 || n == 0 && Boolean.parseBoolean(bundle.getString("grammar.zeroIsSingular"));
        return get(singular ? key + ".one" : key + ".many", n);
    }
}

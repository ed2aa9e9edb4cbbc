package fr.charteia.compose;

import fr.charteia.model.Coded;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language that the toolkit inserts into documents ({@code terms.properties} of
 * the template folder): kinds, status words, cartouche and footer labels, document titles.
 */
final class DocumentTerms {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> terms;
    private final String source;

    private DocumentTerms(Map<String, String> terms, String source) {
        this.terms = Map.copyOf(terms);
        this.source = source;
    }

    static DocumentTerms read(TemplateSet templates, String name) {
        String text = templates.read(name).orElseThrow(() -> TemplateException.missing(name));
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // a backslash followed by a bad \\u escape
            throw new TemplateException("le fichier de modèle « " + templates.describe(name) + " » ne se lit pas : il contient "
                    + "une séquence « \\u » incomplète ou invalide ; écrivez les caractères accentués tels quels (fichier en UTF-8)");
        }
        Map<String, String> terms = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> terms.put(key, properties.getProperty(key)));
        return new DocumentTerms(terms, templates.describe(name));
    }

    String get(String key) {
        String value = terms.get(key);
        if (value == null) {
            throw new TemplateException("le fichier de modèle « " + source + " » n'a pas d'entrée « " + key + " » : ajoutez-la, "
                    + "sur le modèle du fichier livré");
        }
        return value;
    }

    /** The word for an enum value: {@code kind.DataKind.health_identifying}. */
    String of(Coded value) {
        return get("kind." + value.getClass().getSimpleName() + "." + value.code());
    }

    /** An entry with {@code {name}} placeholders filled in one pass. */
    String fill(String key, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(get(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new TemplateException("dans le fichier de modèle « " + source + " », l'entrée « " + key + " » utilise {"
                        + m.group(1) + "}, qui n'existe pas pour elle : retirez-le, ou employez un des noms du fichier livré");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every entry starting with a prefix, for labels handed to the writers. */
    Map<String, String> withPrefixes(String... prefixes) {
        Map<String, String> selected = new HashMap<>();
        terms.forEach((key, value) -> {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    selected.put(key, value);
                }
            }
        });
        return selected;
    }
}

package fr.charteia.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the diff in French or English: the phrases of {@code Changes_<lang>.properties}, the
 * words the documents use for a tool's properties (the shipped {@code terms.properties}), lists
 * joined with « et », dates written out as in the cartouche.
 */
public final class ChangeText {

    /** Beyond this, a practice or a statement is cut: a line of the history says which one, not all of it. */
    static final int SHORT = 90;

    private final Properties phrases;
    private final Properties terms;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private ChangeText(Properties phrases, Properties terms, Locale locale) {
        this.phrases = phrases;
        this.terms = terms;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** French unless English is asked for. */
    public static ChangeText of(Locale language) {
        String lang = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "fr";
        return new ChangeText(read("fr/charteia/diff/Changes_" + lang + ".properties"),
                read("templates/" + lang + "/terms.properties"), "en".equals(lang) ? Locale.UK : Locale.FRANCE);
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ChangeText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The phrase for {@code key} with {@code {0}}, {@code {1}}… replaced in one pass. */
    public String get(String key, Object... values) {
        String template = phrases.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("missing phrase " + key);
        }
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

    /** The documents' word for a value of a tool's property, such as {@code kind.Hosting.eu}. */
    String term(String key) {
        return terms.getProperty(key, key);
    }

    String yesNo(boolean answer) {
        return term(answer ? "answer.yes" : "answer.no");
    }

    String unstated() {
        return term("answer.unstated");
    }

    /** « a, b et c ». */
    String join(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("and") + " " + items.get(items.size() - 1);
    }

    /** Labels each in quotation marks, joined: « A » et « B ». */
    String quoted(List<String> labels) {
        return join(labels.stream().map(this::quote).toList());
    }

    String quote(String label) {
        return get("quote", label);
    }

    String date(LocalDate date) {
        String text = dates.format(date);
        return date.getDayOfMonth() == 1 && text.startsWith("1 ") ? get("firstOfMonth") + text.substring(1) : text;
    }

    /** A long text cut at a word, with an ellipsis. */
    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= SHORT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHORT);
        return line.substring(0, cut > SHORT / 2 ? cut : SHORT) + "…";
    }

    Locale locale() {
        return locale;
    }
}

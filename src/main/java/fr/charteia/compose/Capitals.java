package fr.charteia.compose;

import java.util.regex.Pattern;

/** Case rules for labels inserted in running text. */
final class Capitals {

    /** « L'équipe », « D'autres » : an elided French article, lower-cased like a word. */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("[LD]['’]\\p{Ll}");

    private Capitals() {
    }

    /**
     * The label with a lower-case first letter when its first word is an ordinary capitalised word
     * (« Données de santé » → « données de santé »). A first word with another capital (« IRM »,
     * « IDE », « ChatGPT », « McKinsey ») or a single letter is left as written: acronyms and names
     * keep their capitals.
     */
    static String lowerInitial(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        int first = label.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return label;
        }
        if (ELIDED_ARTICLE.matcher(label).lookingAt()) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        int end = label.length();
        for (int i = Character.charCount(first); i < label.length(); ) {
            int c = label.codePointAt(i);
            if (Character.isWhitespace(c) || c == '\'' || c == '’' || c == '-' || c == '(' || c == ',') {
                end = i;
                break;
            }
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return label;
            }
            i += Character.charCount(c);
        }
        if (label.codePointCount(0, end) < 2) {
            return label;
        }
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(label, Character.charCount(first), label.length()).toString();
    }

    /** The label with a capital first letter, as the start of a line or cell. */
    static String upperInitial(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        int first = label.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(label, Character.charCount(first), label.length()).toString();
    }
}

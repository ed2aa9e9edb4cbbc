package fr.charteia.validation.rule;

import java.util.regex.Pattern;

/**
 * The starter's « À COMPLÉTER » marker, however it was retyped: any case, with or without
 * accents, words joined by spaces, a hyphen or an underscore ("a completer", "A_COMPLETER",
 * "dpo@a-completer.fr"). Shared by G-PLACEHOLDER and the rules that must leave such a value to it.
 */
final class PlaceholderMarker {

    private static final Pattern MARKER = Pattern.compile("(?<![\\p{L}\\p{N}])a[ _-]+completer(?![\\p{L}\\p{N}])");

    private PlaceholderMarker() {
    }

    static boolean isIn(String text) {
        return text != null && MARKER.matcher(FoldedText.of(text).text()).find();
    }
}

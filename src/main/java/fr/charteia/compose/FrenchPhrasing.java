package fr.charteia.compose;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** French running text: « a, b et c », « d'images ni de comptes rendus », « le Dr Benali ». */
final class FrenchPhrasing implements Phrasing {

    private static final Pattern TITLED = Pattern.compile("^(Dr|Pr|Docteur|Professeur)\\.?\\s+\\S.*");
    /**
     * Words starting with an aspirated h take « de », not « d' » (« de handicap »). The list holds
     * the words a hospital questionnaire is likely to start a label with.
     */
    private static final Set<String> ASPIRATED_H = Set.of("handicap", "handicaps", "handicapé", "handicapés",
            "handicapée", "handicapées", "haut", "haute", "hauts", "hautes", "hors", "hasard", "hiérarchie",
            "hiérarchique", "hiérarchiques", "honte", "hublot", "hurlement");

    @Override
    public String word(Conjunction conjunction) {
        return switch (conjunction) {
            case AND -> "et";
            case OR -> "ou";
            case NOR -> "ni";
        };
    }

    @Override
    public String noneOf(List<String> labels) {
        List<String> items = new ArrayList<>();
        for (String label : labels) {
            items.add(de(inText(label)));
        }
        return join(items, Conjunction.NOR);
    }

    /** « de » before the word, elided before a vowel or a mute h: « d'images », « d'hospitalisation ». */
    static String de(String words) {
        return (elides(words) ? "d'" : "de ") + words;
    }

    static boolean elides(String words) {
        if (words.isEmpty()) {
            return false;
        }
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = Character.toLowerCase(plain.charAt(0));
        if ("aeiouy".indexOf(first) >= 0) {
            // « de yaourt » but « d'Yves »: a lower-case y before a vowel is a consonant.
            return !(first == 'y' && plain.length() > 1 && "aeiou".indexOf(Character.toLowerCase(plain.charAt(1))) >= 0
                    && Character.isLowerCase(plain.charAt(0)));
        }
        if (first == 'h') {
            String word = words.split("[\\s'’,-]", 2)[0].toLowerCase(Locale.ROOT);
            return !ASPIRATED_H.contains(word);
        }
        return false;
    }

    @Override
    public String person(String name) {
        return TITLED.matcher(name).matches() ? "le " + name : name;
    }
}

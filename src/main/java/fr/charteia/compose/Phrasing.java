package fr.charteia.compose;

import fr.charteia.model.DocumentLanguage;
import java.util.List;

/**
 * How a language puts the questionnaire's words into running text: labels lose the capital they
 * carry at the start of a line, lists are joined with the language's conjunctions, French elides
 * « de » before a vowel and writes « le Dr » before a doctor's name. The templates place the
 * phrases; the grammar lives here, where it is tested.
 */
interface Phrasing {

    static Phrasing of(DocumentLanguage language) {
        return language == DocumentLanguage.EN ? new EnglishPhrasing() : new FrenchPhrasing();
    }

    /** How items of a list are joined before the last one. */
    enum Conjunction {
        /** « a, b et c » */
        AND,
        /** « a, b ou c » */
        OR,
        /** after a negation: « ni » in French, « or » in English */
        NOR
    }

    /**
     * A label as written in the middle of a sentence: its capital dropped unless its first word is
     * an acronym or a name with capitals inside (« IRM », « ChatGPT »), which keep theirs.
     */
    default String inText(String label) {
        return Capitals.lowerInitial(label);
    }

    /** Items joined with commas and the conjunction before the last: « a, b et c ». */
    default String join(List<String> items, Conjunction conjunction) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + word(conjunction) + " "
                + items.get(items.size() - 1);
    }

    /** The word of a conjunction in this language. */
    String word(Conjunction conjunction);

    /** Labels as the start of a table cell: the first keeps its capital, the others take the running-text form. */
    default String cellList(List<String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        List<String> items = new java.util.ArrayList<>();
        items.add(labels.get(0));
        labels.subList(1, labels.size()).forEach(label -> items.add(inText(label)));
        return join(items, Conjunction.AND);
    }

    /** Labels in running text: every one in its running-text form. */
    default String textList(List<String> labels, Conjunction conjunction) {
        return join(labels.stream().map(this::inText).toList(), conjunction);
    }

    /**
     * The partitive after a negation, for each label: « de données de santé », « d'images », joined
     * with « ni » (French); « any data or images » in English.
     */
    String noneOf(List<String> labels);

    /** A person's name in running text: « le Dr Nadia Benali » in French; unchanged in English. */
    String person(String name);
}

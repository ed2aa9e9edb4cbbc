package fr.charteia.compose;

import java.util.List;

/** English running text: « a, b and c », « any x or y ». */
final class EnglishPhrasing implements Phrasing {

    /** After a negation English says « or »: « never any x or y ». */
    @Override
    public String word(Conjunction conjunction) {
        return conjunction == Conjunction.AND ? "and" : "or";
    }

    @Override
    public String noneOf(List<String> labels) {
        return join(labels.stream().map(this::inText).toList(), Conjunction.OR);
    }

    @Override
    public String person(String name) {
        return name;
    }
}

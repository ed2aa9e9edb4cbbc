package fr.charteia.compose;

import java.util.List;

/** English running text: « a, b and c », « any x or y ». */
final class EnglishPhrasing implements Phrasing {

    @Override
    public String join(List<String> items, Conjunction conjunction) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String word = conjunction == Conjunction.AND ? " and " : " or ";
        return String.join(", ", items.subList(0, items.size() - 1)) + word + items.get(items.size() - 1);
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

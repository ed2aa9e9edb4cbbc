package fr.charteia.compose;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.charteia.compose.DocumentView.Situation;
import fr.charteia.model.Coded;
import fr.charteia.model.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typical risk situations ({@code situations.yaml} of a template folder), from which a charter
 * whose department wrote none gets a few that fit its declared uses, data and tools. Entries are
 * in order of priority; each may say when it applies.
 */
final class SituationCatalogue {

    /** A charter shows at least this many situations and at most {@link #MOST}. */
    static final int FEWEST = 3;
    static final int MOST = 5;

    private final List<Entry> entries;

    private SituationCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static SituationCatalogue read(TemplateSet templates, String name) {
        List<Entry> entries = TemplateData.read(templates, name, new TypeReference<List<Entry>>() { });
        // the workshops' own cases (an authorised one, for contrast) are no risk situation for a charter
        return new SituationCatalogue(entries == null ? List.of() : entries.stream().filter(Objects::nonNull)
                .filter(e -> !Boolean.TRUE.equals(e.workshopOnly())).toList());
    }

    /**
     * The first entries that apply to the questionnaire, at most {@link #MOST}; when fewer than
     * {@link #FEWEST} apply, the catalogue's next entries fill in (a catalogue ends with general ones).
     */
    List<Situation> chooseFor(Questionnaire q) {
        Set<String> uses = kinds(q.uses(), u -> u.kind());
        Set<String> data = kinds(q.data(), d -> d.kind());
        Set<String> tools = kinds(q.tools(), t -> t.kind());
        List<Entry> chosen = new ArrayList<>(entries.stream().filter(e -> e.appliesTo(uses, data, tools)).limit(MOST)
                .toList());
        for (Entry e : entries) {
            if (chosen.size() >= FEWEST) {
                break;
            }
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        return chosen.stream().map(e -> new Situation(e.situation(), e.risk(), e.reflex())).toList();
    }

    private static <T> Set<String> kinds(List<T> items, Function<T, Coded> kind) {
        return items.stream().filter(Objects::nonNull).map(kind).filter(Objects::nonNull).map(Coded::code)
                .collect(Collectors.toSet());
    }

    /**
     * One situation of the catalogue and when it applies. {@code expected}, {@code reason} and
     * {@code references} are the training room's (its {@code WorkshopCatalogue} checks them); a charter
     * does not print them. {@code workshopOnly} entries are for the workshops only.
     */
    record Entry(String id, When when, String situation, String risk, String reflex, String expected, String reason,
            List<String> references, Boolean workshopOnly) {

        boolean appliesTo(Set<String> uses, Set<String> data, Set<String> tools) {
            return when == null || when.matches(uses, data, tools);
        }
    }

    /** Kinds that must be declared: every list given must meet the questionnaire in at least one kind. */
    record When(List<String> uses, List<String> data, List<String> tools) {

        boolean matches(Set<String> declaredUses, Set<String> declaredData, Set<String> declaredTools) {
            return meets(uses, declaredUses) && meets(data, declaredData) && meets(tools, declaredTools);
        }

        private static boolean meets(List<String> wanted, Set<String> declared) {
            return wanted == null || wanted.isEmpty() || wanted.stream().anyMatch(declared::contains);
        }
    }
}

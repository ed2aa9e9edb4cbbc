package fr.charteia.room;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.compose.TemplateData;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The risk situations the workshops (2, 4 and 6) work on: the charters' catalogue
 * ({@code situations.yaml}) with, for each, the expected answer, its reason and its references
 * (ids of {@code references.yaml} of the same language). Read strictly when the room opens and by
 * {@code templates check}: a situation the trainer would reveal without an answer, or citing a text
 * that does not exist, stops with the file, the entry and how to fix it.
 */
public final class WorkshopCatalogue {

    static final String SITUATIONS = "situations.yaml";
    static final String REFERENCES = "references.yaml";

    /** An entry of {@code situations.yaml}, every key the file may hold (the charter's ones included). */
    record Entry(String id, When when, String situation, String risk, String reflex, String expected, String reason,
            List<String> references, Boolean workshopOnly) {
    }

    /** The charter's condition: checked here only for its shape. */
    record When(List<String> uses, List<String> data, List<String> tools) {
    }

    private final List<WorkshopSituation> situations;
    private final Map<String, Reference> references;

    private WorkshopCatalogue(List<WorkshopSituation> situations, Map<String, Reference> references) {
        this.situations = List.copyOf(situations);
        this.references = Map.copyOf(references);
    }

    /** The catalogue of {@code language} ({@code fr} or {@code en}) in {@code templates}. */
    public static WorkshopCatalogue read(TemplateSet templates, String language) {
        String referencesName = language + "/" + REFERENCES;
        Map<String, Reference> references = new LinkedHashMap<>();
        for (Reference reference : read(templates, referencesName, new TypeReference<List<Reference>>() { })) {
            if (reference.id() != null) {
                references.put(reference.id(), reference);
            }
        }
        String name = language + "/" + SITUATIONS;
        String where = templates.describe(name);
        String referencesWhere = templates.describe(referencesName);
        List<WorkshopSituation> situations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Entry> entries = read(templates, name, new TypeReference<List<Entry>>() { });
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String id = entry.id();
            if (id == null || id.isBlank()) {
                throw new TemplateException("« " + where + " », entrée n° " + (i + 1) + " : id manque ; donnez à chaque "
                        + "situation un identifiant stable, le même dans toutes les langues");
            }
            String at = "« " + where + " », entrée « " + id + " » : ";
            if (!seen.add(id)) {
                throw new TemplateException(at + "cet id est donné deux fois : chaque situation a le sien");
            }
            required(at, "situation", entry.situation());
            required(at, "reflex", entry.reflex());
            required(at, "reason", entry.reason());
            SituationAnswer expected = answer(entry.expected()).orElseThrow(() -> new TemplateException(at
                    + (entry.expected() == null ? "expected manque" : "expected « " + entry.expected() + " » n'est pas une réponse")
                    + " ; donnez ce que disent les règles de la charte : authorised (autorisé), conditional (sous conditions) "
                    + "ou forbidden (interdit)"));
            List<String> cited = entry.references() == null ? List.of() : entry.references();
            for (String reference : cited) {
                if (reference == null || !references.containsKey(reference)) {
                    throw new TemplateException(at + "la référence « " + reference + " » n'existe pas dans « "
                            + referencesWhere + " » ; citez l'id d'un texte de ce fichier, ou ajoutez-y ce texte "
                            + "(avec son titre et sa source officiels)");
                }
            }
            situations.add(new WorkshopSituation(id, entry.situation().strip(), expected, entry.reason().strip(),
                    entry.reflex().strip(), cited));
        }
        return new WorkshopCatalogue(situations, references);
    }

    /** The catalogue's situations, in its order. */
    public List<WorkshopSituation> situations() {
        return situations;
    }

    /** The catalogue's situations, then the trainer's own in {@code room}. */
    public List<WorkshopSituation> situations(Room room) {
        List<WorkshopSituation> all = new ArrayList<>(situations);
        all.addAll(room.ownSituations());
        return all;
    }

    /** The situation {@code id}, of the catalogue or the trainer's own in {@code room}. */
    public Optional<WorkshopSituation> situation(Room room, String id) {
        return situation(id).or(() -> room.ownSituations().stream().filter(s -> s.id().equals(id)).findFirst());
    }

    /** The situation {@code id} of the catalogue. */
    public Optional<WorkshopSituation> situation(String id) {
        return situations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * How a reference id of {@code references.yaml} is cited, as a reader finds the text: its official
     * title, then where it is published (« Code de la santé publique, article L1110-4 : … — Légifrance »).
     */
    public Optional<String> reference(String id) {
        return Optional.ofNullable(references.get(id)).map(r -> r.source() == null || r.source().isBlank()
                ? r.title().strip() : r.title().strip() + " — " + r.source().strip());
    }

    private static Optional<SituationAnswer> answer(String expected) {
        if (expected == null) {
            return Optional.empty();
        }
        for (SituationAnswer answer : SituationAnswer.values()) {
            if (answer.name().toLowerCase(Locale.ROOT).equals(expected.strip())) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    private static void required(String at, String key, String text) {
        if (text == null || text.isBlank()) {
            throw new TemplateException(at + "la clé " + key + " manque ou est vide : écrivez une phrase courte, comme "
                    + "dans les autres entrées du fichier fourni");
        }
    }

    private static <T> List<T> read(TemplateSet templates, String name, TypeReference<List<T>> type) {
        List<T> entries = TemplateData.read(templates, name, type);
        if (entries == null || entries.stream().noneMatch(Objects::nonNull)) {
            throw new TemplateException("« " + templates.describe(name) + " » est vide : reprenez le fichier fourni");
        }
        return entries.stream().filter(Objects::nonNull).toList();
    }
}

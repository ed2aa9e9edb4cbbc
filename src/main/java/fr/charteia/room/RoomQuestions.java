package fr.charteia.room;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.charteia.compose.TemplateData;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions the room asks, read from the template folder the trainer chose (shipped ones otherwise):
 * {@code LANG/positionnement.yaml} and {@code LANG/satisfaction.yaml}. Read once when the room opens; a
 * file that cannot be used stops the server with the file and the reason.
 */
public record RoomQuestions(Positioning positioning, SatisfactionQuestions satisfaction) {

    static final String POSITIONING = "positionnement.yaml";
    static final String SATISFACTION = "satisfaction.yaml";

    /** Reads both files of {@code language} ({@code fr} or {@code en}). */
    public static RoomQuestions read(TemplateSet templates, String language) {
        Positioning positioning = read(templates, language + "/" + POSITIONING, new TypeReference<Positioning>() { });
        SatisfactionQuestions satisfaction = read(templates, language + "/" + SATISFACTION,
                new TypeReference<SatisfactionQuestions>() { });
        check(templates, language + "/" + POSITIONING, positioning.scale(),
                positioning.statements().stream().map(Positioning.Statement::id).toList(),
                positioning.statements().stream().map(Positioning.Statement::text).toList());
        check(templates, language + "/" + SATISFACTION, satisfaction.scale(),
                satisfaction.questions().stream().map(SatisfactionQuestions.Question::id).toList(),
                satisfaction.questions().stream().map(SatisfactionQuestions.Question::text).toList());
        return new RoomQuestions(positioning, satisfaction);
    }

    private static <T> T read(TemplateSet templates, String name, TypeReference<T> type) {
        T value = TemplateData.read(templates, name, type);
        if (value == null) {
            throw new TemplateException("« " + templates.describe(name) + " » est vide : reprenez le fichier fourni");
        }
        return value;
    }

    private static void check(TemplateSet templates, String name, List<String> scale, List<String> ids, List<String> texts) {
        String where = templates.describe(name);
        if (scale == null || scale.size() < 2 || scale.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new TemplateException("« " + where + " » : scale doit donner au moins deux degrés, chacun avec un libellé");
        }
        if (ids.isEmpty()) {
            throw new TemplateException("« " + where + " » ne contient aucun énoncé : ajoutez-en au moins un");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new TemplateException("« " + where + " », entrée " + (i + 1) + " : id « " + id
                        + " » doit être fait de minuscules, chiffres et tirets (40 au plus)");
            }
            if (!seen.add(id)) {
                throw new TemplateException("« " + where + " » : l'id « " + id + " » est donné deux fois");
            }
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new TemplateException("« " + where + " », entrée « " + id + " » : text est vide");
            }
        }
    }
}

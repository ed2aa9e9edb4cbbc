package fr.charteia.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each field and button of the steps edits the questionnaire as the user meant. */
class FormBindingTest {

    private final ObjectNode tree = sample();

    private static ObjectNode sample() {
        try {
            return DraftYaml.read(Files.readAllBytes(Path.of("samples/imagerie-medicale.yaml")), false).orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Step step(int n) {
        return QuestionnaireSteps.step(n).orElseThrow();
    }

    /** What the browser posts for step {@code n} of the tree as it is, with {@code changes} made. */
    private Map<String, List<String>> posted(int n, Map<String, List<String>> changes) {
        Map<String, List<String>> posted = new LinkedHashMap<>(
                PostedForm.of(StepPage.of(tree, step(n), List.of(), Locale.FRENCH)));
        posted.putAll(changes);
        return posted;
    }

    private void post(int n, Map<String, List<String>> changes) {
        FormBinding.apply(tree, step(n), posted(n, changes));
    }

    private List<Finding> findings() {
        return SampleDocuments.toolkit().validate(new QuestionnaireSource("q.yaml", DraftYaml.write(tree), Optional.empty()),
                Locale.FRENCH).report().findings();
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void anEmptiedTextRemovesItsKeyAndTheValidatorReportsItWhereItBelongs() {
        post(1, Map.of("organisation.name", List.of("   ")));
        assertThat(tree.path("organisation").has("name")).isFalse();
        assertThat(findings()).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo("organisation.name");
            assertThat(f.message()).isEqualTo("Ce champ obligatoire est absent ou vide : ajoutez-le avec une valeur.");
        });
    }

    @Test
    void untickingEveryBoxOfAListIsSeen() {
        post(7, Map.of("authorised[0].roles", List.of("")));
        assertThat(tree.path("authorised").path(0).has("roles")).isFalse();
        assertThat(findings()).anySatisfy(f -> assertThat(f.path()).startsWith("authorised[0]"));
    }

    @Test
    void aStarWinsOverOtherTicksAndNewTicksGoAfterTheOldOnes() {
        post(7, Map.of("authorised[0].roles", List.of("", "interne", "*", "cadre")));
        assertThat(texts(tree.path("authorised").path(0).path("roles"))).containsExactly("*");
        post(7, Map.of("authorised[0].roles", List.of("", "cadre", "radiologue", "interne")));
        assertThat(texts(tree.path("authorised").path(0).path("roles"))).containsExactly("cadre", "radiologue", "interne");
        tree.withArray("/authorised/0/roles").removeAll().add("interne").add("radiologue");
        post(7, Map.of("authorised[0].roles", List.of("", "radiologue", "cadre", "interne")));
        assertThat(texts(tree.path("authorised").path(0).path("roles"))).containsExactly("interne", "radiologue", "cadre");
    }

    @Test
    void keysTheFormDoesNotShowAreKeptInRows() {
        ((ObjectNode) tree.path("tools").path(0)).put("note_privee", "gardée");
        post(4, Map.of("tools[0].name", List.of("Nouveau nom")));
        assertThat(tree.path("tools").path(0).path("note_privee").asText()).isEqualTo("gardée");
        assertThat(tree.path("tools").path(0).path("name").asText()).isEqualTo("Nouveau nom");
    }

    @Test
    void renamingAToolIdRenamesItInTheRules() {
        post(4, Map.of("tools[0].id", List.of("detection")));
        assertThat(texts(tree.path("authorised").path(0).path("tools"))).containsExactly("detection");
        assertThat(tree.toString()).doesNotContain("\"detection-fractures\"");
        assertThat(findings()).noneMatch(f -> f.code().code().equals("Q-REF"));
    }

    @Test
    void removingARoleTakesItOutOfAuthorisedAndTraining() {
        int index = indexOfId("roles", "interne");
        assertThat(RowActions.apply(tree, step(3), "remove:roles[" + index + "]", Locale.FRENCH)).isPresent();
        for (String list : List.of("authorised", "forbidden", "training")) {
            tree.path(list).forEach(rule -> assertThat(texts(rule.path("roles"))).as(list).doesNotContain("interne"));
        }
        assertThat(texts(tree.path("training").path(0).path("roles"))).containsExactly("radiologue", "cadre", "manip");
        assertThat(texts(tree.path("authorised").path(0).path("roles"))).containsExactly("radiologue");
    }

    @Test
    void anEmptyNewRowGetsAnIdFromItsNameOnceNamedAndTwinNamesGetDistinctIds() {
        int before = tree.path("roles").size();
        RowActions.apply(tree, step(3), "add:roles", Locale.FRENCH);
        RowActions.apply(tree, step(3), "add:roles", Locale.FRENCH);
        assertThat(tree.path("roles").path(before).has("id")).isFalse();
        post(3, Map.of("roles[" + before + "].label", List.of("Brancardier")));
        assertThat(tree.path("roles").path(before).path("id").asText()).isEqualTo("brancardier");
        assertThat(tree.path("roles").path(before + 1).has("id")).isFalse();
        post(3, Map.of("roles[" + (before + 1) + "].label", List.of("Brancardier")));
        assertThat(tree.path("roles").path(before + 1).path("id").asText()).isEqualTo("brancardier-2");
    }

    @Test
    void suggestionsAreNotOfferedTwiceNorProhibitionsNamingUndeclaredTools() {
        ObjectNode empty = tree.objectNode();
        List<Suggestions.Suggestion> tools = Suggestions.of("tools", empty, Locale.FRENCH);
        assertThat(tools).isNotEmpty();
        RowActions.apply(empty, step(4), "suggest:tools:" + tools.get(0).index(), Locale.FRENCH);
        assertThat(Suggestions.of("tools", empty, Locale.FRENCH)).extracting(Suggestions.Suggestion::index)
                .doesNotContain(tools.get(0).index());
        assertThat(RowActions.apply(empty, step(4), "suggest:tools:" + tools.get(0).index(), Locale.FRENCH)).isEmpty();
        assertThat(empty.path("tools").size()).isEqualTo(1);
        // no tool declared but the first: no prohibition naming another tool is offered
        for (Suggestions.Suggestion s : Suggestions.of("forbidden", empty, Locale.FRENCH)) {
            s.entry().path("tools").forEach(id -> assertThat(id.asText()).isIn("*", empty.path("tools").path(0).path("id").asText()));
        }
    }

    @Test
    void theWorkshopsOwnCasesAreNotOfferedAsRiskSituations() {
        List<Suggestions.Suggestion> situations = Suggestions.of("situations", tree.objectNode(), Locale.FRENCH);

        assertThat(situations).hasSizeGreaterThanOrEqualTo(10).extracting(Suggestions.Suggestion::label)
                .noneMatch(label -> label.contains("texte d'accueil public") || label.contains("quiz"));
        assertThat(situations).allSatisfy(s -> assertThat(s.entry().properties()).extracting(java.util.Map.Entry::getKey)
                .containsOnly("situation", "risk", "reflex"));
    }

    @Test
    void aButtonNamingAListOfAnotherStepDoesNothing() {
        String before = tree.toString();
        for (String action : List.of("remove:roles[0]", "add:roles", "suggest:roles:0", "add:../roles",
                "remove:roles[-1]", "suggest:tools:99999", "remove:tools[99]", "goto:3", "")) {
            RowActions.apply(tree, step(5), action, Locale.FRENCH);
            assertThat(tree.toString()).as(action).isEqualTo(before);
        }
        assertThat(RowActions.apply(tree, step(5), "add:tools", Locale.FRENCH)).isEmpty();
        assertThat(tree.toString()).isEqualTo(before);
    }

    @Test
    void absurdRowCountsChangeNothingAndNeverThrow() {
        String before = tree.toString();
        for (String count : List.of("-1", "99999", "abc", "", "1e3", " 3")) {
            Map<String, List<String>> posted = new LinkedHashMap<>();
            posted.put("roles.__rows", List.of(count));
            posted.put("roles[0].label", List.of("Changé"));
            assertThatCode(() -> FormBinding.apply(tree, step(3), posted)).as(count).doesNotThrowAnyException();
            assertThat(tree.toString()).as(count).isEqualTo(before);
        }
    }

    private int indexOfId(String list, String id) {
        for (int i = 0; i < tree.path(list).size(); i++) {
            if (tree.path(list).path(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}

package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.charteia.load.LoadFailure.Reason;
import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import fr.charteia.model.Hosting;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.TrainsOnInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict, friendly reading: what binds, what becomes a shape problem, what is refused. */
class QuestionnaireLoaderTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    @Test
    void sampleBindsToRecordsWithDefaultsForLeftOutAnswers() throws Exception {
        LoadedQuestionnaire loaded = loader.load(Path.of("samples/pharmacie-pui.yaml"));

        assertThat(loaded.problems()).isEmpty();
        Questionnaire q = loaded.questionnaire().orElseThrow();
        assertThat(q.schema()).isEqualTo("charte-ia/1");
        assertThat(q.organisation().contacts().dpo()).isPresent();
        assertThat(q.tools()).isNotEmpty().allSatisfy(tool -> assertThat(tool.hosting()).isNotNull());
        assertThat(loaded.sourceMap().find("tools[0].hosting")).isPresent();
    }

    @Test
    void versionWrittenAsNumberKeepsItsSpellingAndBooleansReadForTrainsOnInputs() throws Exception {
        LoadedQuestionnaire loaded = yaml("""
                schema: charte-ia/1
                document: { reference: R, version: 1.10 }
                tools:
                  - { id: a, name: A, kind: public, hosting: eu, trains_on_inputs: true }
                  - { id: b, name: B, kind: public, hosting: eu, trains_on_inputs: false }
                  - { id: c, name: C, kind: public, hosting: eu, trains_on_inputs: unknown }
                  - { id: d, name: D, kind: public, hosting: eu }
                """);

        assertThat(loaded.problems()).isEmpty();
        Questionnaire q = loaded.questionnaire().orElseThrow();
        assertThat(q.document().version()).isEqualTo("1.10");
        assertThat(q.tools()).extracting(t -> t.trainsOnInputs())
                .containsExactly(TrainsOnInputs.TRUE, TrainsOnInputs.FALSE, TrainsOnInputs.UNKNOWN, TrainsOnInputs.UNKNOWN);
        assertThat(q.tools().get(0).contract()).isFalse();
    }

    @Test
    void everyShapeProblemOfAFileIsReportedAtOnceWithItsPlace() throws Exception {
        LoadedQuestionnaire loaded = yaml("""
                schema: charte-ia/1
                organisaton: { name: X }
                tools:
                  - { id: a, name: A, kind: public, hosting: mars, contract: peut-être }
                roles: ide
                document: { effective_date: 2027-02-30 }
                """);

        assertThat(loaded.problems()).extracting(SchemaProblem::kind, SchemaProblem::path, SchemaProblem::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_KEY, "organisaton", "organisaton"),
                        org.assertj.core.groups.Tuple.tuple(Kind.BAD_VALUE, "tools[0].hosting", "mars"),
                        org.assertj.core.groups.Tuple.tuple(Kind.BAD_VALUE, "tools[0].contract", "peut-être"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WRONG_TYPE, "roles", "ide"),
                        org.assertj.core.groups.Tuple.tuple(Kind.BAD_VALUE, "document.effective_date", "2027-02-30"));
        SchemaProblem unknown = problemAt(loaded, "organisaton");
        assertThat(unknown.choices()).containsExactly("organisation");
        assertThat(unknown.position()).contains(new SourcePosition(2, 1));
        SchemaProblem hosting = problemAt(loaded, "tools[0].hosting");
        assertThat(hosting.expected()).isEqualTo(Expected.CHOICE);
        assertThat(hosting.choices()).containsExactly("on_premise", "hds", "eu", "outside_eu", "unknown");
        assertThat(hosting.position().orElseThrow().line()).isEqualTo(4);
        assertThat(problemAt(loaded, "roles").expected()).isEqualTo(Expected.LIST);
        assertThat(problemAt(loaded, "document.effective_date").expected()).isEqualTo(Expected.DATE);
        assertThat(loaded.questionnaire()).isPresent();
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyGetsNoSuggestion() throws Exception {
        LoadedQuestionnaire loaded = yaml("schema: charte-ia/1\nroles:\n  - { id: a, label: A, kind: care, couleur: bleu }\n");

        SchemaProblem problem = problemAt(loaded, "roles[0].couleur");
        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_KEY);
        assertThat(problem.choices()).isEmpty();
    }

    @Test
    void jsonAndYamlOfTheSameQuestionnaireBindEqually() throws Exception {
        String json = """
                {"schema": "charte-ia/1", "tools": [{"id": "a", "name": "A", "kind": "enterprise", "hosting": "hds",
                 "contract": true, "trains_on_inputs": false, "ce_marked": false}]}
                """;
        String yaml = "schema: charte-ia/1\ntools:\n  - {id: a, name: A, kind: enterprise, hosting: hds, contract: true, "
                + "trains_on_inputs: false, ce_marked: false}\n";

        Questionnaire fromJson = loader.load("q.json", QuestionnaireFormat.JSON, json.getBytes(StandardCharsets.UTF_8))
                .questionnaire().orElseThrow();
        Questionnaire fromYaml = yaml(yaml).questionnaire().orElseThrow();

        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.tools().get(0).hosting()).isEqualTo(Hosting.HDS);
    }

    @Test
    void jsonWithCommentsIsRefusedWithTheCommentsPlace() {
        LoadFailure comment = failure("q.json", QuestionnaireFormat.JSON, "{\"schema\": \"charte-ia/1\"} // note");
        assertThat(comment.reason()).isEqualTo(Reason.JSON_COMMENT);
        assertThat(comment.position()).contains(new SourcePosition(1, 27));
    }

    @Test
    void refusalsCarryTheirReasonAndPlace() {
        // no anchor &nothing: a text starting with « * », not an alias
        assertThat(failure("a.yaml", QuestionnaireFormat.YAML, "schema: charte-ia/1\nx: *nothing\n").reason())
                .isEqualTo(Reason.RESERVED_CHARACTER);
        LoadFailure alias = failure("a.yaml", QuestionnaireFormat.YAML, "schema: charte-ia/1\nx: &n 1\ny: *n\n");
        assertThat(alias.reason()).isEqualTo(Reason.ALIAS);
        assertThat(alias.position()).contains(new SourcePosition(3, 4));
        assertThat(alias.details()).containsExactly("n");
        LoadFailure schema = failure("a.yaml", QuestionnaireFormat.YAML, "roles: []\nschema: autre/3\n");
        assertThat(schema.reason()).isEqualTo(Reason.UNSUPPORTED_SCHEMA);
        assertThat(schema.details()).containsExactly("autre/3", "charte-ia/1", "charte-ia-etablissement/1");
        assertThat(failure("a.yaml", QuestionnaireFormat.YAML, "42\n").reason()).isEqualTo(Reason.NOT_A_MAPPING);
        assertThat(failure("a.yaml", QuestionnaireFormat.YAML, "   \n\n").reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void sizeLimitIsCheckedOnTheBytesInMemoryToo() {
        byte[] big = new byte[QuestionnaireLoader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');

        UnreadableQuestionnaireException e = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> loader.load("big.yaml", QuestionnaireFormat.YAML, big));

        assertThat(e.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.failure().details()).containsExactly(String.valueOf(big.length), "2097152");
    }

    @Test
    void fileNameDecidesTheSyntax() throws IOException {
        assertThat(QuestionnaireFormat.ofFileName("A.YML")).contains(QuestionnaireFormat.YAML);
        assertThat(QuestionnaireFormat.ofFileName("a.json")).contains(QuestionnaireFormat.JSON);
        assertThat(QuestionnaireFormat.ofFileName("a.txt")).isEmpty();
        Path dir = Files.createTempDirectory("charte");
        Path json = Files.copy(Path.of("samples/invalid/q-ref.json"), dir.resolve("q.json"));
        assertThat(catchLoad(json)).isNull();
    }

    private UnreadableQuestionnaireException catchLoad(Path file) {
        return catchThrowableOfType(UnreadableQuestionnaireException.class, () -> loader.load(file));
    }

    private LoadedQuestionnaire yaml(String text) throws UnreadableQuestionnaireException {
        return loader.load("test.yaml", QuestionnaireFormat.YAML, text.getBytes(StandardCharsets.UTF_8));
    }

    private LoadFailure failure(String name, QuestionnaireFormat format, String text) {
        UnreadableQuestionnaireException e = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> loader.load(name, format, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected %s to be refused", text).isNotNull();
        return e.failure();
    }

    private static SchemaProblem problemAt(LoadedQuestionnaire loaded, String path) {
        List<SchemaProblem> found = loaded.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertThat(found).as("problems at %s in %s", path, loaded.problems()).hasSize(1);
        return found.get(0);
    }
}

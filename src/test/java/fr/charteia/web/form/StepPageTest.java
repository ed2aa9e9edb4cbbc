package fr.charteia.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.validation.Finding;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding stands beside a field its step shows; the others are counted as elsewhere. */
class StepPageTest {

    @TempDir
    Path workspace;

    @Test
    void everyFindingOfTheInvalidSamplesStandsBesideAFieldItsStepShows() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples/invalid"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int placed = 0;
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            for (Path sample : samples) {
                byte[] bytes = Files.readAllBytes(sample);
                Optional<ObjectNode> read = DraftYaml.read(bytes, false);
                if (read.isEmpty()) {
                    continue;
                }
                ObjectNode tree = read.get();
                Locale language = "en".equals(tree.path("locale").asText()) ? Locale.ENGLISH : Locale.FRENCH;
                List<Finding> findings = SampleDocuments.toolkit().validate(
                        new QuestionnaireSource("q.yaml", bytes, Optional.empty()), language).report().findings();
                String draft = server.importDraft(sample.getFileName().toString(), bytes);
                for (Step step : QuestionnaireSteps.all()) {
                    StepPage.Model model = StepPage.of(tree, step, findings, language);
                    long mine = findings.stream().filter(f -> FieldLocation.of(f.path(), tree).step() == step.number()).count();
                    assertThat(model.summary()).hasSize((int) mine);
                    assertThat(model.elsewhere()).isEqualTo(findings.size() - (int) mine);
                    HttpResponse<String> page = server.get("/drafts/" + draft + "/steps/" + step.number());
                    assertThat(page.statusCode()).isEqualTo(200);
                    String text = FormServer.unescape(page.body());
                    for (Finding finding : findings) {
                        FieldLocation place = FieldLocation.of(finding.path(), tree);
                        if (place.step() != step.number()) {
                            continue;
                        }
                        assertThat(page.body()).as("%s: %s at %s", sample, finding.code(), finding.path())
                                .contains("id=\"" + place.fieldId() + "-findings\"")
                                .contains("href=\"#" + place.fieldId() + "\"");
                        assertThat(page.body()).as("%s: the container of %s", sample, finding.path())
                                .contains(" id=\"" + place.fieldId() + "\"");
                        assertThat(text).contains(finding.message());
                        placed++;
                    }
                    // the line is always in the page, for the live validation to fill; hidden when empty
                    if (model.elsewhere() > 0) {
                        assertThat(page.body()).contains("id=\"elsewhere\">");
                    } else {
                        assertThat(page.body()).contains("id=\"elsewhere\" hidden>");
                    }
                }
            }
        }
        assertThat(placed).isGreaterThan(50);
    }

    @Test
    void everyTopLevelKeyOfTheFormatIsEditedOnItsStep() {
        Map<String, Integer> steps = Map.ofEntries(Map.entry("locale", 1), Map.entry("organisation", 1),
                Map.entry("service", 2), Map.entry("document", 2), Map.entry("history", 2), Map.entry("roles", 3), Map.entry("tools", 4),
                Map.entry("data", 5), Map.entry("uses", 6), Map.entry("authorised", 7), Map.entry("forbidden", 8),
                Map.entry("situations", 9), Map.entry("practices", 9), Map.entry("incident", 9),
                Map.entry("traceability", 9), Map.entry("training", 9), Map.entry("schema", 10), Map.entry("", 10),
                Map.entry("unknown_key", 10));
        steps.forEach((key, step) -> {
            assertThat(FieldLocation.of(key).step()).as(key).isEqualTo(step);
            assertThat(FieldLocation.of(key + "[0].x").step()).as(key).isEqualTo(step);
        });
        for (Step step : QuestionnaireSteps.all()) {
            step.fields().forEach(field -> assertThat(FieldLocation.of(field.key()).step()).isEqualTo(step.number()));
        }
    }

    @Test
    void theFieldIdIsWhatTheStepShowsForThePath() throws IOException {
        ObjectNode tree = DraftYaml.read(Files.readAllBytes(Path.of("samples/imagerie-medicale.yaml")), false).orElseThrow();
        assertThat(FieldLocation.of("authorised[1].human_validation", tree))
                .isEqualTo(new FieldLocation(7, "f-authorised-1-human_validation"));
        assertThat(FieldLocation.of("authorised[0].data[0]", tree)).isEqualTo(new FieldLocation(7, "f-authorised-0-data"));
        assertThat(FieldLocation.of("tools[0].unknown", tree)).isEqualTo(new FieldLocation(4, "f-tools-0"));
        assertThat(FieldLocation.of("tools[99].name", tree)).isEqualTo(new FieldLocation(4, "f-tools"));
        assertThat(FieldLocation.of("organisation.contacts.dpo.email", tree))
                .isEqualTo(new FieldLocation(1, "f-organisation-contacts-dpo-email"));
        assertThat(FieldLocation.of("organisation.logo", tree)).isEqualTo(new FieldLocation(1, "f-organisation"));
        assertThat(FieldLocation.of("schema", tree)).isEqualTo(FieldLocation.of("schema"));
        assertThat(FieldLocation.of("authorised[0].data[0]")).isEqualTo(new FieldLocation(7, "f-authorised-0-data-0"));
    }
}

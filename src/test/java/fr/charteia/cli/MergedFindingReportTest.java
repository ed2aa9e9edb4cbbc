package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A finding that stands for several rules broken at one place shows all their codes, in both report forms. */
class MergedFindingReportTest {

    private static final String SAMPLE = "samples/invalid/d-public-personal-chatbot.yaml";

    @Test
    void textReportListsEveryCodeInBrackets() {
        CommandLineRun run = CommandLineRun.of("validate", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  authorised[2].data[1] (ligne 90) — Cette règle ne peut pas confier des données "
                + "personnelles (« Données personnelles des agents », personnel) à « Agent conversationnel grand public "
                + "(version gratuite) » (chatbot-public) : c'est un outil grand public, qui ne doit recevoir aucune donnée "
                + "personnelle ; il peut réutiliser ce qu'on lui confie pour entraîner ses modèles (entraînement déclaré par "
                + "le fournisseur) ; les données pourraient sortir de l'Union européenne sans les garanties exigées (RGPD "
                + "art. 44 et suivants) ; l'interdiction forbidden[0] l'exclut déjà. Retirez « personnel » de cette règle. "
                + "[D-PUBLIC-PERSONAL, D-TRAINING, D-TRANSFER, Q-CONTRA]\n");
        assertThat(run.out()).contains("Verdict : NON VALIDE (1 erreur, 0 avertissement)");
    }

    @Test
    void jsonReportKeepsThePrimaryCodeAndListsThemAll() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", SAMPLE, "samples/invalid/q-ref.yaml");

        JsonNode merged = new ObjectMapper().readTree(run.out()).get(0).get("findings").get(0);
        assertThat(merged.get("code").asText()).isEqualTo("D-PUBLIC-PERSONAL");
        assertThat(merged.get("codes")).extracting(JsonNode::asText)
                .containsExactly("D-PUBLIC-PERSONAL", "D-TRAINING", "D-TRANSFER", "Q-CONTRA");
        assertThat(merged.get("path").asText()).isEqualTo("authorised[2].data[1]");
        assertThat(merged.get("line").asInt()).isEqualTo(90);
        JsonNode single = new ObjectMapper().readTree(run.out()).get(1).get("findings").get(0);
        assertThat(single.get("codes")).extracting(JsonNode::asText).containsExactly("Q-REF");
    }
}

package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.charteia.web.api.TestServer;
import fr.charteia.web.form.FormServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web questionnaire asks a department's questions: an establishment baseline imported or sent to the
 * API is refused in French, and a department naming a baseline learns that it cannot be read from an upload.
 */
class EstablishmentRefusalTest {

    private static final Path BASELINE = Path.of("samples/chu-valmont/etablissement.yaml");
    private static final Path DEPARTMENT = Path.of("samples/chu-valmont/services/cardiologie.yaml");

    @TempDir
    Path workspace;

    @Test
    void importingABaselineIsRefusedAndNoDraftIsCreated() throws Exception {
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            HttpResponse<String> response = server.importFile("etablissement.yaml", Files.readAllBytes(BASELINE));

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(FormServer.unescape(response.body())).contains("Ce fichier est un socle d'établissement : "
                    + "etablissement.yaml décrit ce que partagent tous les services, pas le questionnaire d'un service. "
                    + "Modifiez-le dans un éditeur de texte et générez-le avec charte-ia generate ; ici, importez le "
                    + "questionnaire d'un service. Aucun brouillon n'a été créé.");
            Path drafts = workspace.resolve("brouillons");
            if (Files.isDirectory(drafts)) {
                try (Stream<Path> files = Files.list(drafts)) {
                    assertThat(files.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
                }
            }
        }
    }

    @Test
    void theApiRefusesToMakeTheDocumentsOfABaselineAndExplainsABaselineCannotBeUploaded() throws IOException {
        try (TestServer server = TestServer.start(workspace)) {
            HttpResponse<byte[]> documents = server.post("/api/documents?document=charter&format=docx",
                    "application/yaml", Files.readAllBytes(BASELINE));
            HttpResponse<byte[]> validate = server.post("/api/validate", "application/yaml", Files.readAllBytes(DEPARTMENT));

            assertThat(documents.statusCode()).isEqualTo(422);
            JsonNode refusal = new ObjectMapper().readTree(documents.body());
            assertThat(refusal.toString()).contains("Ce fichier est un socle d'établissement (schema: charte-ia-etablissement/1)"
                    + " : ses documents ne se font pas par l'API. Générez-le avec charte-ia generate");
            JsonNode report = new ObjectMapper().readTree(validate.body());
            assertThat(report.get("valid").asBoolean()).isFalse();
            assertThat(report.get("findings")).hasSize(1);
            assertThat(report.get("findings").get(0).get("code").asText()).isEqualTo("B-BASELINE");
            assertThat(report.get("findings").get(0).get("message").asText())
                    .contains("ne peut pas être lu depuis un fichier envoyé par le navigateur");
        }
    }
}

package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.web.form.FormServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a questionnaire file from the home page, through a real server. */
class ImportTest {

    private static final String NO_DRAFT = "Aucun brouillon n'a été créé.";

    @TempDir
    Path workspace;

    @Test
    void yamlAndJsonSamplesBecomeDraftsAndJsonIsKeptAsYaml() throws Exception {
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            String yaml = server.importDraft("urgences-adultes.yaml", Files.readAllBytes(Path.of("samples/urgences-adultes.yaml")));
            String json = server.importDraft("d-health-hosting.json",
                    Files.readAllBytes(Path.of("samples/invalid/d-health-hosting.json")));
            assertThat(server.get("/drafts/" + yaml + "/steps/1").statusCode()).isEqualTo(200);
            HttpResponse<String> step2 = server.get("/drafts/" + json + "/steps/2");
            assertThat(step2.statusCode()).isEqualTo(200);
            assertThat(FormServer.unescape(step2.body())).contains("Consultations de cardiologie");
            assertThat(drafts()).hasSize(2);
            Path stored = drafts().filter(p -> p.getFileName().toString().startsWith(json)).findFirst().orElseThrow();
            assertThat(Files.readString(stored)).doesNotStartWith("{").contains("\nservice:\n");
            assertThat(FormServer.unescape(server.home().body())).contains("Urgences adultes (SAU)");
        }
    }

    @Test
    void anUnreadableFileIsRefusedWithItsNameAndNoDraftIsCreated() throws Exception {
        byte[] tooLarge = new byte[(int) WebServer.MAX_BODY_BYTES + 10];
        Arrays.fill(tooLarge, (byte) 'a');
        Object[][] files = {
            {"syntaxe.yaml", "organisation:\n  name: [Centre\n  contacts: {\n".getBytes(StandardCharsets.UTF_8),
                "Le fichier syntaxe.yaml ne peut pas être lu comme un questionnaire : corrigez-le (ou choisissez le bon"
                + " fichier), puis importez-le à nouveau. " + NO_DRAFT},
            {"liste.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
                "Le fichier liste.json ne peut pas être lu comme un questionnaire"},
            {"image.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe, 1, 2},
                "Le fichier image.yaml ne peut pas être lu comme un questionnaire"},
            {"vide.yaml", new byte[0], "Le fichier vide.yaml ne peut pas être lu comme un questionnaire"},
            {"tres-enorme.yaml", new byte[5 * 1024 * 1024], "Le fichier choisi dépasse 2 Mio : ce n'est pas un"
                + " questionnaire charte-ia. Choisissez le bon fichier."},
            {"enorme.yaml", tooLarge, "Le fichier enorme.yaml dépasse 2 Mio : ce n'est pas un questionnaire charte-ia."
                + " Choisissez le bon fichier."},
        };
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            for (Object[] file : files) {
                HttpResponse<String> response = server.importFile((String) file[0], (byte[]) file[1]);
                assertThat(response.statusCode()).as((String) file[0]).isEqualTo(422);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                String text = FormServer.unescape(response.body());
                assertThat(text).as((String) file[0]).contains((String) file[2]).contains("<html lang=\"fr\"")
                        .doesNotContain("Exception").doesNotContain("fr.charteia");
                assertThat(drafts()).as((String) file[0]).isEmpty();
            }
            assertThat(FormServer.unescape(server.home().body())).doesNotContain("/steps/1");
        }
    }

    @Test
    void noFileChosenIsRefusedWithoutCreatingADraft() throws Exception {
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            HttpResponse<String> response = server.importFile("", new byte[0]);
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(FormServer.unescape(response.body())).contains("Aucun fichier n'a été choisi : choisissez un"
                    + " questionnaire .yaml, .yml ou .json, puis importez-le.");
            assertThat(drafts()).isEmpty();
        }
    }

    @Test
    void theFileNameIsShownEscaped() throws Exception {
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            HttpResponse<String> response = server.importFile("<img src=x onerror=alert(1)>.yaml",
                    "- a\n- b\n".getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).doesNotContain("<img src=x");
            assertThat(FormServer.unescape(response.body())).contains("Le fichier <img src=x onerror=alert(1)>.yaml ne peut");
        }
    }

    private Stream<Path> drafts() throws java.io.IOException {
        Path folder = workspace.resolve("brouillons");
        return Files.isDirectory(folder) ? Files.list(folder).filter(p -> !p.getFileName().toString().startsWith("."))
                .toList().stream() : Stream.empty();
    }
}

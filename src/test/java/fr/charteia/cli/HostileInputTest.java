package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are broken or built to hurt get one clear paragraph and exit code 2 (or 1 when the
 * file reads but breaks the format), never a stack trace.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void binaryFileIsRefusedAsNotUtf8() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0xC3;
        bytes[1] = (byte) 0x28;

        CommandLineRun run = validate(write("binaire.yaml", bytes));

        assertUnreadable(run, "n'est pas encodé en UTF-8 (octet 0xC3 invalide (ligne 1, colonne 1))");
    }

    @Test
    void latin1FileIsRefusedWithThePlaceOfTheFirstBadByte() throws IOException {
        Path file = write("latin1.yaml", "schema: charte-ia/1\norganisation:\n  name: Hôpital\n".getBytes(StandardCharsets.ISO_8859_1));

        assertUnreadable(validate(file), "n'est pas encodé en UTF-8 (octet 0xF4 invalide (ligne 3, colonne 10))");
    }

    @Test
    void emptyFileAndCommentOnlyFileAreRefusedAsEmpty() throws IOException {
        assertUnreadable(validate(write("vide.yaml", new byte[0])), "est vide");
        assertUnreadable(validate(write("commentaires.yaml", "# rien\n\n# toujours rien\n".getBytes(StandardCharsets.UTF_8))),
                "est vide");
    }

    @Test
    void brokenYamlGivesLineAndColumn() throws IOException {
        Path file = write("casse.yaml", "schema: charte-ia/1\norganisation:\n  name: \"Centre\n  bad: [\n".getBytes(StandardCharsets.UTF_8));

        assertUnreadable(validate(file), "le guillemet « \" » ouvert ligne 3 (colonne 9) n'est jamais fermé");
    }

    @Test
    void aliasBombIsRefusedBeforeAnyExpansion() throws IOException {
        String bomb = """
                schema: charte-ia/1
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                """;

        assertUnreadable(validate(write("bombe.yaml", bomb.getBytes(StandardCharsets.UTF_8))),
                "utilise un alias YAML « *a » (ligne 3, colonne 8)");
    }

    @Test
    void fortyMegabyteFileIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("enorme.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] line = "# ligne de remplissage pour dépasser la limite de taille\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 40L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        assertUnreadable(validate(file), "est trop volumineux", "la limite est 2097152 octets, soit 2 Mio");
    }

    @Test
    void deeplyNestedYamlAndJsonAreRefused() throws IOException {
        String yaml = "schema: charte-ia/1\nx: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        String json = "{\"schema\":\"charte-ia/1\",\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        assertUnreadable(validate(write("profond.yaml", yaml.getBytes(StandardCharsets.UTF_8))), "imbriqué sur plus de 32 niveaux");
        assertUnreadable(validate(write("profond.json", json.getBytes(StandardCharsets.UTF_8))), "imbriqué sur plus de 32 niveaux");
    }

    @Test
    void otherSchemaVersionIsRefusedNamingTheSupportedOne() throws IOException {
        assertUnreadable(validate(write("v2.yaml", "schema: charte-ia/2\n".getBytes(StandardCharsets.UTF_8))),
                "déclare le format « charte-ia/2 » (ligne 1, colonne 9)", "indiquez schema: charte-ia/1");
    }

    @Test
    void documentThatIsAListOrSeveralDocumentsOrHasDuplicateKeysIsRefused() throws IOException {
        assertUnreadable(validate(write("liste.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8))), "ne contient pas un questionnaire");
        assertUnreadable(validate(write("deux.yaml", "schema: charte-ia/1\n---\nschema: charte-ia/1\n".getBytes(StandardCharsets.UTF_8))),
                "plusieurs documents YAML");
        assertUnreadable(validate(write("double.yaml", "schema: charte-ia/1\nroles: []\nroles: []\n".getBytes(StandardCharsets.UTF_8))),
                "deux fois la même clé « roles » (ligne 3");
    }

    @Test
    void missingFileFolderAndUnknownExtensionAreRefused() throws IOException {
        assertUnreadable(validate(dir.resolve("absent.yaml")), "est introuvable");
        // a folder is read as a folder of questionnaires, whatever its name: this one holds none
        Files.createDirectory(dir.resolve("dossier.yaml"));
        CommandLineRun folder = validate(dir.resolve("dossier.yaml"));
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).startsWith("Le dossier " + dir.resolve("dossier.yaml") + " ne contient aucun questionnaire");
        assertUnreadable(validate(write("notes.txt", "schema: charte-ia/1\n".getBytes(StandardCharsets.UTF_8))),
                "n'a pas une extension reconnue");
    }

    @Test
    void javaTypeTagsConstructNothingAndAreReportedAsWrongShape() throws IOException {
        String yaml = """
                schema: charte-ia/1
                organisation: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """;

        CommandLineRun run = validate(write("tag.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("organisation (ligne 2) — Type de valeur incorrect : on attend un bloc de clés");
        assertNoStackTrace(run);
    }

    @Test
    void unreadableFileAppearsInJsonReportWithAFinding() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", write("vide.json", new byte[0]).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("\"valid\" : false", "\"code\" : \"Q-SCHEMA\"", "est vide");
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("samples/pharmacie-pui.yaml"));
        byte[] withBom = new byte[sample.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sample, 0, withBom, 3, sample.length);

        assertThat(validate(write("bom.yaml", withBom)).exitCode()).isZero();
    }

    private CommandLineRun validate(Path file) {
        return CommandLineRun.of("validate", file.toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Exit 2 and one paragraph naming the file, whatever went wrong. */
    private static void assertUnreadable(CommandLineRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        String message = run.out().lines().filter(line -> line.startsWith("Fichier illisible : ")).findFirst().orElseThrow();
        assertThat(message).contains(fragments);
        assertThat(run.out()).contains("Verdict : ILLISIBLE.");
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CommandLineRun run) {
        assertThat(run.all()).doesNotContain("Exception", "\tat ", "at fr.charteia", "at com.fasterxml");
    }
}

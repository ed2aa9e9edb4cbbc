package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half way (here a file-size limit, {@code ulimit -f}, which fails like a full
 * disk: the JVM ignores SIGXFSZ, so the write gets EFBIG) leaves the output folder exactly as it was:
 * never a new charter Word file beside last year's PDF, never a temporary file.
 */
class FileSizeLimitTest {

    private static final Map<String, String> SAME_DATES = Map.of("SOURCE_DATE_EPOCH", "1767225600");

    @TempDir
    Path dir;

    @BeforeAll
    static void bashIsThere() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash sets the file-size limit");
    }

    @Test
    void theCharterPdfOverTheLimitLeavesThePreviousSetIntact() throws IOException {
        Path out = dir.resolve("out");
        assertThat(CommandLineRun.of("generate", "--out", out.toString(), version("1.0").toString()).exitCode()).isZero();
        Map<String, byte[]> before = contents(out);
        assertThat(before).hasSize(4);
        long charter = before.get("charte-ia-urgences-adultes-sau.pdf").length;
        long largestOther = before.entrySet().stream().filter(e -> !e.getKey().equals("charte-ia-urgences-adultes-sau.pdf"))
                .mapToLong(e -> e.getValue().length).max().orElseThrow();
        long limitKib = (charter + largestOther) / 2 / 1024;

        JavaProcess run = JavaProcess.run(dir, "ulimit -f " + limitKib + ";", "> /dev/null", SAME_DATES,
                "generate", "--out", out.toString(), version("2.0").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out.resolve("charte-ia-urgences-adultes-sau.pdf") + " dépasse la taille de "
                + "fichier permise (limite « ulimit -f » de la session, ou celle du disque) : il n'a pas pu être écrit. "
                + "Relevez cette limite ou écrivez sur un autre disque, puis relancez.\n"
                + "Rien n'a été écrit pour " + version("2.0") + " : les fichiers qui étaient déjà dans " + out
                + " sont restés tels quels.\n");
        Map<String, byte[]> after = contents(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void eachDepartmentIsWrittenAllOrNoneAndTheMessagesSayWhich() throws IOException {
        // the limit falls between the two charters: paediatrics passes, the emergency department does not
        Path scratch = dir.resolve("mesure");
        assertThat(CommandLineRun.of("generate", "--format", "pdf", "--out", scratch.toString(),
                "samples/paediatrics-en.yaml", "samples/urgences-adultes.yaml").exitCode()).isZero();
        long paediatrics = Files.size(scratch.resolve("ai-charter-paediatrics.pdf"));
        long urgences = Files.size(scratch.resolve("charte-ia-urgences-adultes-sau.pdf"));
        assumeTrue(urgences - paediatrics > 4096, "the emergency charter is the larger by a few kilobytes");
        long limitKib = (paediatrics + urgences) / 2 / 1024;
        Path out = dir.resolve("out");

        JavaProcess run = JavaProcess.run(dir, "ulimit -f " + limitKib + ";", "> /dev/null", SAME_DATES,
                "generate", "--format", "pdf", "--out", out.toString(), "samples/paediatrics-en.yaml", "samples/urgences-adultes.yaml",
                "samples/imagerie-medicale.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out.resolve("charte-ia-urgences-adultes-sau.pdf") + " dépasse la taille de "
                + "fichier permise (limite « ulimit -f » de la session, ou celle du disque) : il n'a pas pu être écrit. "
                + "Relevez cette limite ou écrivez sur un autre disque, puis relancez.\n"
                + "Rien n'a été écrit pour samples/urgences-adultes.yaml : les fichiers qui étaient déjà dans " + out
                + " sont restés tels quels.\n"
                + "La génération s'est arrêtée là : les documents de samples/paediatrics-en.yaml sont écrits et complets ; "
                + "rien n'a été écrit pour samples/urgences-adultes.yaml, samples/imagerie-medicale.yaml.\n");
        assertThat(GenerateWritesTest.names(out)).containsExactly("ai-charter-paediatrics.pdf", "ai-sheet-paediatrics.pdf");
    }

    /** The French sample under another version number, so that two generations differ. */
    private Path version(String version) throws IOException {
        Path file = dir.resolve("urgences-" + version + ".yaml");
        if (!Files.exists(file)) {
            String sample = Files.readString(Path.of("samples/urgences-adultes.yaml"), StandardCharsets.UTF_8);
            Files.writeString(file, sample.replaceFirst("(?m)^  version: \"1.0\"$", "  version: \"" + version + "\""),
                    StandardCharsets.UTF_8);
        }
        return file;
    }

    /** Every entry of the folder, hidden ones (temporary files, backups) included, with its bytes. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : GenerateWritesTest.names(folder)) {
            files.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return files;
    }
}

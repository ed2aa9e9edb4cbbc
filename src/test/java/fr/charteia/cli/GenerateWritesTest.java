package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate writes a department's files all or none: a protected file, a folder or a file in the way
 * stops it before anything is written, and it says so in French, naming the file.
 */
class GenerateWritesTest {

    private static final String CHARTER_PDF = "charte-ia-urgences-adultes-sau.pdf";
    private static final String SHEET_MD = "fiche-ia-urgences-adultes-sau.md";
    private static final String NOTHING = "Aucun document n'a été écrit.\n";

    @TempDir
    Path dir;

    @Test
    void aWriteProtectedSignedCharterIsNotReplacedAndNothingOfTheSetIsWritten() throws IOException {
        Path out = dir.resolve("out");
        assertThat(generate(version("1.0"), out).exitCode()).isZero();
        Map<String, byte[]> before = contents(out);
        assertThat(before).hasSize(4);
        // how a signed version is kept; root could still write it, so the bit is what counts
        Files.setPosixFilePermissions(out.resolve(CHARTER_PDF), PosixFilePermissions.fromString("r--r--r--"));

        CommandLineRun run = generate(version("2.0"), out);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out.resolve(CHARTER_PDF) + " est protégé en écriture (lecture seule, comme une "
                + "version signée) : il n'est pas remplacé. Pour le remplacer, retirez d'abord cette protection "
                + "(chmod u+w) ; sinon, écrivez dans un autre dossier.\n" + NOTHING);
        assertThat(run.out()).doesNotContain("Écrit");
        Map<String, byte[]> after = contents(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aFolderNamedLikeOneOfTheFilesIsNotReplacedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve(SHEET_MD).resolve("notes"));

        CommandLineRun run = generate(version("1.0"), out, "--format", "md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Un dossier porte le nom " + out.resolve(SHEET_MD) + " : il n'est pas remplacé. "
                + "Renommez ou déplacez ce dossier, ou écrivez dans un autre dossier.\n" + NOTHING);
        assertThat(names(out)).containsExactly(SHEET_MD);
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("sortie"), "un fichier");

        CommandLineRun run = generate(version("1.0"), file.resolve("2027"), "--format", "md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + " est un fichier, pas un dossier : rien ne peut être écrit dedans. "
                + "Choisissez un autre dossier, ou renommez ce fichier.\n" + NOTHING);
        assertThat(Files.readString(file)).isEqualTo("un fichier");
    }

    @Test
    void aSymbolicLinkAtATargetNameIsReplacedNeverFollowed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victime.txt"), "à garder");
        Files.createSymbolicLink(out.resolve(SHEET_MD), victim);

        CommandLineRun run = generate(version("1.0"), out, "--format", "md");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("à garder");
        assertThat(Files.isSymbolicLink(out.resolve(SHEET_MD))).isFalse();
        assertThat(Files.readString(out.resolve(SHEET_MD))).contains("<!-- cartouche -->");
    }

    @Test
    void aProtectedFileOfOneDepartmentStopsEveryDepartmentBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path protectedSheet = Files.writeString(out.resolve(SHEET_MD), "signée");
        Files.setPosixFilePermissions(protectedSheet, PosixFilePermissions.fromString("r--r--r--"));

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(),
                "samples/paediatrics-en.yaml", version("2.0").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(protectedSheet + " est protégé en écriture").endsWith(NOTHING);
        assertThat(names(out)).containsExactly(SHEET_MD);
        assertThat(Files.readString(protectedSheet)).isEqualTo("signée");
    }

    @Test
    void aFolderWithoutWritePermissionIsNamedWithoutATemporaryFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "permission bits do not stop root");
        Path locked = Files.createDirectories(dir.resolve("verrouillé"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CommandLineRun run = generate(version("1.0"), locked, "--format", "md");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("Vous n'avez pas le droit d'écrire dans le dossier " + locked.toAbsolutePath()
                    + ". Choisissez un dossier où vous pouvez écrire, ou demandez ce droit.\n"
                    + "Rien n'a été écrit pour " + version("1.0") + " : les fichiers qui étaient déjà dans " + locked
                    + " sont restés tels quels.\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static CommandLineRun generate(Path questionnaire, Path out, String... options) {
        String[] args = Stream.concat(Stream.of("generate", "--out", out.toString()), Stream.concat(Stream.of(options),
                Stream.of(questionnaire.toString()))).toArray(String[]::new);
        return CommandLineRun.of(args);
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

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names(folder)) {
            files.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return files;
    }

    /** Every entry of the folder, hidden ones (temporary files, backups) included. */
    static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package fr.charteia.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of files is written all or none; what was there before survives any failure intact. */
class FileSetTest {

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void previousSet() throws IOException {
        out = dir.resolve("out");
        FileSet.write(set("1.0"));
    }

    @Test
    void aNewSetReplacesThePreviousOneWholeAndLeavesNoTemporaryFile() throws IOException {
        FileSet.write(set("2.0"));

        assertThat(contents()).isEqualTo(expected("2.0"));
    }

    @Test
    void aFolderAtOneTargetNameIsNotReplacedAndNothingOfTheSetIsWritten() throws IOException {
        Files.delete(out.resolve("fiche.pdf"));
        Files.createDirectory(out.resolve("fiche.pdf"));

        assertThatThrownBy(() -> FileSet.write(set("2.0")))
                .isInstanceOfSatisfying(WriteFailure.class, e -> {
                    assertThat(e.problem()).isEqualTo(WriteProblem.FOLDER_IN_THE_WAY);
                    assertThat(e.path()).isEqualTo(out.resolve("fiche.pdf"));
                });

        Map<String, String> before = expected("1.0");
        before.put("fiche.pdf", "<dossier>");
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aWriteProtectedTargetIsNotReplacedAndNothingOfTheSetIsWrittenEvenForRoot() throws IOException {
        // the owner's write bit is read, not tried: root could write through it
        Files.setPosixFilePermissions(out.resolve("charte.pdf"), PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> FileSet.write(set("2.0")))
                .isInstanceOfSatisfying(WriteFailure.class, e -> {
                    assertThat(e.problem()).isEqualTo(WriteProblem.READ_ONLY_FILE);
                    assertThat(e.path()).isEqualTo(out.resolve("charte.pdf"));
                });

        assertThat(contents()).isEqualTo(expected("1.0"));
    }

    @Test
    void aFailureWhilePlacingTheFilesPutsBackEveryPreviousFileAndRemovesTheNewOnes() throws IOException {
        // the third target turns into a folder after the checks: the first two are already in place by then
        Map<Path, byte[]> files = set("2.0");
        files.put(out.resolve("nouveau.md"), bytes("2.0 nouveau.md"));
        Files.delete(out.resolve("fiche.docx"));
        Files.createDirectories(out.resolve("fiche.docx").resolve("dedans"));

        assertThatThrownBy(() -> FileSet.writeUnchecked(files))
                .isInstanceOfSatisfying(WriteFailure.class, e -> assertThat(e.problem()).isIn(
                        WriteProblem.FOLDER_IN_THE_WAY, WriteProblem.OTHER));

        Map<String, String> before = expected("1.0");
        before.put("fiche.docx", "<dossier>");
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aSymbolicLinkAtATargetNameIsReplacedNeverFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victime.txt"), "à garder");
        Files.delete(out.resolve("charte.pdf"));
        Files.createSymbolicLink(out.resolve("charte.pdf"), victim);

        FileSet.write(set("2.0"));

        assertThat(Files.readString(victim)).isEqualTo("à garder");
        assertThat(Files.isSymbolicLink(out.resolve("charte.pdf"))).isFalse();
        assertThat(contents()).isEqualTo(expected("2.0"));
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeIsNamedAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("sortie"), "un fichier");
        Map<Path, byte[]> files = Map.of(file.resolve("sous-dossier").resolve("charte.pdf"), bytes("x"));

        assertThatThrownBy(() -> FileSet.write(files))
                .isInstanceOfSatisfying(WriteFailure.class, e -> {
                    assertThat(e.problem()).isEqualTo(WriteProblem.FILE_IN_THE_WAY);
                    assertThat(e.path()).isEqualTo(file);
                });
        assertThat(Files.readString(file)).isEqualTo("un fichier");
    }

    @Test
    void foldersCreatedByAFailedRunAreRemoved() throws IOException {
        Path fresh = dir.resolve("nouveau").resolve("sous-dossier");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(fresh.resolve("charte.pdf"), bytes("x"));
        files.put(out.resolve("fiche.pdf"), bytes("x"));
        Files.delete(out.resolve("fiche.pdf"));
        Files.createDirectories(out.resolve("fiche.pdf").resolve("dedans"));

        assertThatThrownBy(() -> FileSet.writeUnchecked(files)).isInstanceOf(WriteFailure.class);

        assertThat(dir.resolve("nouveau")).doesNotExist();
    }

    private Map<Path, byte[]> set(String version) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"charte.docx", "charte.pdf", "fiche.docx", "fiche.pdf"}) {
            files.put(out.resolve(name), bytes(version + " " + name));
        }
        return files;
    }

    private static Map<String, String> expected(String version) {
        Map<String, String> files = new TreeMap<>();
        for (String name : new String[] {"charte.docx", "charte.pdf", "fiche.docx", "fiche.pdf"}) {
            files.put(name, version + " " + name);
        }
        return files;
    }

    /** Every entry of the output folder, hidden ones included, with its text. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                files.put(entry.getFileName().toString(),
                        Files.isDirectory(entry) ? "<dossier>" : Files.readString(entry, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

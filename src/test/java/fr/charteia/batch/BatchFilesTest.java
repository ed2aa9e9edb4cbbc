package fr.charteia.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFilesTest {

    @TempDir
    Path tree;

    @TempDir
    Path elsewhere;

    private void write(String relative, String text) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void establishmentsFirstThenDepartmentsInPathOrderNeitherHiddenNorOutputNorLinks() throws IOException {
        write("b/urgences.yaml", "schema: charte-ia/1\n");
        write("a-b/c.yml", "schema: charte-ia/1\n");
        write("a/b.json", "{\"schema\": \"charte-ia/1\"}");
        write("z/etablissement.yaml", "# socle\nschema: charte-ia-etablissement/1\n");
        write(".git/x.yaml", "schema: charte-ia/1\n");
        write("out/a/old.yaml", "schema: charte-ia/1\n");
        write("a/charte-ia-1.schema.json", "{}");
        write("a/notes.txt", "");
        Path outside = Files.writeString(elsewhere.resolve("secret.yaml"), "schema: charte-ia/1\n");
        Files.createSymbolicLink(tree.resolve("a/lien.yaml"), outside);
        Files.createSymbolicLink(tree.resolve("lien-dossier"), elsewhere);

        assertThat(BatchFiles.find(tree, tree.resolve("out"))).containsExactly(Path.of("z/etablissement.yaml"),
                Path.of("a/b.json"), Path.of("a-b/c.yml"), Path.of("b/urgences.yaml"));
    }

    @Test
    void eachFileGetsAFolderOfItsOwnEvenWhenOnlyExtensionsDiffer() {
        Map<Path, Path> folders = BatchRun.OutputFolders.of(List.of(Path.of("a/urgences.yaml"), Path.of("a/urgences.json"),
                Path.of("b/urgences.yaml"), Path.of("top.yml")));

        assertThat(folders).containsEntry(Path.of("a/urgences.yaml"), Path.of("a/urgences-yaml"))
                .containsEntry(Path.of("a/urgences.json"), Path.of("a/urgences-json"))
                .containsEntry(Path.of("b/urgences.yaml"), Path.of("b/urgences"))
                .containsEntry(Path.of("top.yml"), Path.of("top"));
    }
}

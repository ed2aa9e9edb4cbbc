package fr.charteia.templatecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFilesTest {

    @TempDir
    Path folder;

    @Test
    void theSubFoldersOfPartialsAreListedToo() throws IOException {
        for (String name : new String[] {"fr/charter.md.mustache", "fr/partials/history.md.mustache",
            "fr/partials/common/definitions.md.mustache", "fr/partials/common/notes.txt", "fr/other/ignored.md.mustache"}) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.writeString(folder.resolve(name), "x");
        }

        assertThat(TemplateFiles.inFolder(folder, "fr")).containsExactly("fr/charter.md.mustache",
                "fr/partials/common/definitions.md.mustache", "fr/partials/history.md.mustache");
    }

    @Test
    void aJarWhoseFileSystemIsAlreadyOpenIsReadThroughItAndLeftOpen() throws IOException {
        Path jar = folder.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"templates/fr/sheet.md.mustache", "templates/fr/partials/contacts.md.mustache",
                "templates/fr/partials/common/risks.md.mustache", "templates/fr/terms.properties"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        URI uri = URI.create("jar:" + jar.toUri() + "!/templates/fr/");

        assertThat(TemplateFiles.inJar(uri, "fr")).containsExactly("fr/partials/common/risks.md.mustache",
                "fr/partials/contacts.md.mustache", "fr/sheet.md.mustache");
        try (FileSystem open = FileSystems.newFileSystem(uri, Map.of())) {
            assertThat(TemplateFiles.inJar(uri, "fr")).containsExactly("fr/partials/common/risks.md.mustache",
                "fr/partials/contacts.md.mustache", "fr/sheet.md.mustache");
            assertThat(open.isOpen()).isTrue();
        }
    }

}

package fr.charteia.templatecheck;

import fr.charteia.compose.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * The names of the template files of one language ({@code fr/sheet.md.mustache},
 * {@code fr/partials/contacts.md.mustache}): those shipped in the jar, and those of the folder given
 * to {@code --templates}, so that a template added later is checked without any list kept by hand.
 */
final class TemplateFiles {

    static final String SUFFIX = ".md.mustache";
    static final String PARTIALS = "partials/";

    private TemplateFiles() {
    }

    /** Every template name of {@code language}, top level and partials, shipped and custom, sorted. */
    static SortedSet<String> of(String language, Optional<Path> custom) {
        SortedSet<String> names = new TreeSet<>(shipped(language));
        custom.ifPresent(root -> names.addAll(inFolder(root, language)));
        return names;
    }

    /**
     * The names under {@code root/<language>/} and anywhere under its {@code partials/} (such as
     * {@code partials/common/}), links left to the reader to refuse.
     */
    static SortedSet<String> inFolder(Path root, String language) {
        SortedSet<String> names = new TreeSet<>();
        Path base = root.resolve(language);
        Path top = base;
        if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(top)) {
                files.filter(TemplateFiles::isTemplate).forEach(file -> names.add(language + "/" + file.getFileName()));
            } catch (IOException e) {
                throw unreadable(top);
            }
        }
        Path partials = base.resolve(PARTIALS);
        if (Files.isDirectory(partials, LinkOption.NOFOLLOW_LINKS)) {
            // walking does not follow links: a linked folder is not entered
            try (Stream<Path> files = Files.walk(partials)) {
                files.filter(TemplateFiles::isTemplate).forEach(file -> names.add(language + "/"
                        + base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/")));
            } catch (IOException | UncheckedIOException e) {
                throw unreadable(partials);
            }
        }
        return names;
    }

    private static boolean isTemplate(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(SUFFIX) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static TemplateException unreadable(Path dir) {
        return new TemplateException("le dossier de modèles « " + dir + " » ne peut pas être lu : vérifiez les droits de lecture");
    }

    /**
     * Lists the jar's templates through its zip file system. Another part of the program (or a
     * library) may hold that file system open already: it is then borrowed, and left open for its owner.
     */
    static SortedSet<String> inJar(URI uri, String language) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return inFolder(FileSystems.getFileSystem(uri).getPath("/templates"), language);
        }
        try (jar) {
            return inFolder(jar.getPath("/templates"), language);
        }
    }

    /** The shipped templates, listed from the classes folder or from inside the jar. */
    private static SortedSet<String> shipped(String language) {
        URL url = TemplateFiles.class.getClassLoader().getResource("templates/" + language + "/");
        if (url == null) {
            return new TreeSet<>();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return inJar(uri, language);
            }
            return inFolder(Path.of(uri).getParent(), language);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("shipped templates at an unusual address: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("shipped templates unreadable: " + url, e);
        }
    }
}

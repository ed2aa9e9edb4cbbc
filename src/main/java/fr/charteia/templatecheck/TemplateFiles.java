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

    /** The names under {@code root/<language>/} and its {@code partials/}, links left to the reader to refuse. */
    static SortedSet<String> inFolder(Path root, String language) {
        SortedSet<String> names = new TreeSet<>();
        for (String folder : new String[] {"", PARTIALS}) {
            Path dir = root.resolve(language).resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(SUFFIX))
                        .forEach(name -> names.add(language + "/" + folder + name));
            } catch (IOException e) {
                throw new TemplateException("le dossier de modèles « " + dir + " » ne peut pas être lu : vérifiez les droits de lecture");
            }
        }
        return names;
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

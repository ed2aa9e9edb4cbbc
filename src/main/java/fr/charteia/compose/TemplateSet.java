package fr.charteia.compose;

import com.github.mustachejava.MustacheResolver;
import fr.charteia.model.DocumentLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates come from: a folder given with {@code --templates}, file by file, then the
 * templates shipped in the jar. A quality team overrides only the files it changes.
 */
public final class TemplateSet implements MustacheResolver {

    static final String SHIPPED_ROOT = "templates/";

    private final Optional<Path> customRoot;

    private TemplateSet(Optional<Path> customRoot) {
        this.customRoot = customRoot;
    }

    public static TemplateSet shipped() {
        return new TemplateSet(Optional.empty());
    }

    /** Templates from {@code root} (holding {@code fr/}, {@code en/}), falling back to the shipped ones. */
    public static TemplateSet overriddenBy(Path root) {
        if (!Files.isDirectory(root)) {
            throw new TemplateException("the templates folder " + root + " does not exist or is not a folder");
        }
        return new TemplateSet(Optional.of(root.toAbsolutePath().normalize()));
    }

    /** The path of a file of one language, as the resolver names it: {@code fr/charte.md.mustache}. */
    static String nameOf(DocumentLanguage language, String file) {
        return language.code() + "/" + file;
    }

    /** The text of a template file, custom first; empty when neither the folder nor the jar has it. */
    Optional<String> read(String name) {
        try (Reader reader = getReader(name)) {
            if (reader == null) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return Optional.of(text.toString());
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + name + ": " + e.getMessage());
        }
    }

    @Override
    public Reader getReader(String resourceName) {
        if (customRoot.isPresent()) {
            Path candidate = customRoot.get().resolve(resourceName).normalize();
            if (candidate.startsWith(customRoot.get()) && Files.isRegularFile(candidate)) {
                try {
                    return new StringReader(Files.readString(candidate, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new TemplateException("cannot read template " + candidate + ": " + e.getMessage());
                }
            }
        }
        InputStream shipped = TemplateSet.class.getClassLoader().getResourceAsStream(SHIPPED_ROOT + resourceName);
        return shipped == null ? null : new InputStreamReader(shipped, StandardCharsets.UTF_8);
    }

    /** Where a template was found, for messages. */
    String describe(String name) {
        if (customRoot.isPresent() && Files.isRegularFile(customRoot.get().resolve(name))) {
            return customRoot.get().resolve(name).toString();
        }
        return "templates/" + name;
    }
}

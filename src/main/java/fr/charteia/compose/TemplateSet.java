package fr.charteia.compose;

import com.github.mustachejava.MustacheResolver;
import fr.charteia.model.DocumentLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where templates come from: a folder given with {@code --templates}, file by file, then the
 * templates shipped in the jar. A quality team overrides only the files it changes.
 *
 * <p>Nothing is read from outside the folder: a name with {@code ..} or an absolute name (a
 * partial such as <code>{{&gt; ../../etc/passwd}}</code>) is refused, and so is a file or folder
 * whose real path, symbolic links followed, leads outside the folder's real path (a link to
 * {@code /etc/passwd} would print it in a sheet). Links that stay inside the folder are followed.
 */
public final class TemplateSet implements MustacheResolver {

    static final String SHIPPED_ROOT = "templates/";

    /** The shipped charter template weighs tens of kilobytes; a larger file is not a template. */
    static final long MAX_BYTES = 1024 * 1024;

    private final Optional<Path> customRoot;
    /** The folder with every link resolved: what a file's real path must start with. */
    private final Optional<Path> realRoot;

    private TemplateSet(Optional<Path> customRoot, Optional<Path> realRoot) {
        this.customRoot = customRoot;
        this.realRoot = realRoot;
    }

    public static TemplateSet shipped() {
        return new TemplateSet(Optional.empty(), Optional.empty());
    }

    /** Templates from {@code root} (holding {@code fr/}, {@code en/}), falling back to the shipped ones. */
    public static TemplateSet overriddenBy(Path root) {
        if (!Files.isDirectory(root)) {
            throw new TemplateException(Files.exists(root)
                    ? "« " + root + " », donné à --templates, n'est pas un dossier : indiquez le dossier qui contient fr/ ou en/"
                    : "le dossier de modèles « " + root + " » est introuvable : vérifiez le chemin donné à --templates");
        }
        try {
            return new TemplateSet(Optional.of(root.toAbsolutePath().normalize()), Optional.of(root.toRealPath()));
        } catch (IOException e) {
            throw new TemplateException("le dossier de modèles « " + root + " » ne peut pas être lu (" + reason(e)
                    + ") : vérifiez les droits de lecture");
        }
    }

    /** The path of a file of one language, as the resolver names it: {@code fr/charte.md.mustache}. */
    public static String nameOf(DocumentLanguage language, String file) {
        return language.code() + "/" + file;
    }

    /** The text of a template file, custom first; empty when neither the folder nor the jar has it. */
    public Optional<String> read(String name) {
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
            throw new TemplateException("le modèle « " + describe(name) + " » ne peut pas être lu (" + reason(e)
                    + ") : vérifiez qu'il est lisible");
        }
    }

    @Override
    public Reader getReader(String resourceName) {
        checkName(resourceName);
        Optional<Path> custom = custom(resourceName);
        if (custom.isPresent()) {
            return new StringReader(readCustom(custom.get()));
        }
        InputStream shipped = TemplateSet.class.getClassLoader().getResourceAsStream(SHIPPED_ROOT + resourceName);
        return shipped == null ? null : new InputStreamReader(shipped, StandardCharsets.UTF_8);
    }

    /** Where a template was found, for messages. */
    public String describe(String name) {
        if (customRoot.isPresent() && !outsideByName(name) && Files.exists(customRoot.get().resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return customRoot.get().resolve(name).toString();
        }
        return "templates/" + name;
    }

    /** A name that climbs out ({@code ..}) or starts elsewhere (absolute) is refused before any lookup, custom or shipped. */
    private static void checkName(String name) {
        if (outsideByName(name)) {
            throw new TemplateException("le nom de modèle « " + name + " » sort du dossier de modèles (chemin absolu ou « .. ») : "
                    + "nommez un modèle partiel par un chemin relatif au dossier du modèle qui l'inclut, sans « .. »");
        }
    }

    private static boolean outsideByName(String name) {
        String slashed = name.replace('\\', '/');
        return slashed.startsWith("/") || slashed.contains(":") || ("/" + slashed + "/").contains("/../");
    }

    /** The custom file for {@code name}, when the folder has one that stays inside it. */
    private Optional<Path> custom(String name) {
        if (customRoot.isEmpty()) {
            return Optional.empty();
        }
        Path candidate = customRoot.get().resolve(name).normalize();
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new TemplateException("le modèle « " + candidate + " » est un lien symbolique qui ne mène à aucun fichier : "
                    + "remplacez-le par le fichier lui-même");
        } catch (IOException e) {
            throw new TemplateException("le modèle « " + candidate + " » ne peut pas être lu (" + reason(e)
                    + ") : vérifiez les droits de lecture");
        }
        if (!real.startsWith(realRoot.orElseThrow())) {
            throw new TemplateException("le modèle « " + candidate + " » est un lien symbolique (ou se trouve dans un dossier lié) "
                    + "qui mène hors du dossier de modèles : seuls les fichiers rangés dans le dossier donné à --templates "
                    + "sont lus. Copiez-y le fichier au lieu d'un lien");
        }
        if (!Files.isRegularFile(real)) {
            throw new TemplateException("« " + candidate + " » n'est pas un fichier ordinaire (dossier, tube ou périphérique) : "
                    + "un modèle est un fichier texte, remplacez-le ou retirez-le du dossier de modèles");
        }
        return Optional.of(real);
    }

    private static String readCustom(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new TemplateException("le modèle « " + file + " » ne peut pas être lu (" + reason(e)
                    + ") : vérifiez les droits de lecture");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TemplateException("le modèle « " + file + " » dépasse 1 Mio : ce n'est pas un modèle, vérifiez qu'il s'agit "
                    + "du bon fichier");
        }
        return decodeUtf8(file, bytes);
    }

    /** Strict UTF-8, naming the first bad byte and its line: a template saved in Latin-1 is refused, not garbled. */
    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new TemplateException(String.format(Locale.ROOT, "le modèle « %s » n'est pas encodé en UTF-8 (octet 0x%02X "
                    + "invalide, ligne %d) : il a sans doute été enregistré en Latin-1 ou Windows-1252, enregistrez-le en UTF-8",
                    file, bytes[at] & 0xFF, line));
        }
        out.flip();
        return out.toString();
    }

    /** The cause in French words, never the Java text. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "accès refusé";
        }
        if (e instanceof NoSuchFileException) {
            return "fichier introuvable";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "boucle de liens symboliques";
        }
        return "erreur de lecture";
    }
}

package fr.charteia.cli;

import fr.charteia.output.AtomicFiles;
import fr.charteia.starter.StarterEstablishment;
import fr.charteia.starter.StarterQuestionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Écrit un questionnaire de départ commenté, en français, avec le contenu type d'un service de soins "
                    + "(rôles, outils, catégories de données, usages, interdictions) à adapter. N'écrase jamais un fichier existant.",
            "Écrit aussi, s'il n'existe pas, le schéma JSON " + InitCommand.SCHEMA_FILE + " à côté, pour que "
                    + "l'éditeur complète et vérifie le questionnaire.",
            "« validate » le refuse (G-PLACEHOLDER) tant qu'une mention « À COMPLÉTER » n'a pas été remplacée."
        })
final class InitCommand implements Callable<Integer> {

    /** The schema file the starter's first line points to, written beside it. */
    static final String SCHEMA_FILE = StarterQuestionnaire.SCHEMA_FILE;

    /** The JSON Schema shipped in the jar, the one {@code schema} prints. */
    static final String SCHEMA_RESOURCE = "/schema/charte-ia-1.schema.json";

    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");

    @Parameters(arity = "0..1", paramLabel = "FICHIER", descriptionKey = "file", defaultValue = "questionnaire.yaml",
            description = "Fichier à créer. Défaut : ${DEFAULT-VALUE}.")
    Path file;

    @Option(names = "--etablissement", descriptionKey = "etablissement",
            description = "Écrit plutôt un socle d'établissement commenté (format charte-ia-etablissement/1), "
                    + "valide tel quel, à adapter : organisation, catalogue d'outils, interdits communs. "
                    + "Fichier par défaut : " + InitCommand.ESTABLISHMENT_FILE + ".")
    boolean establishment;

    /** The file {@code init --etablissement} writes when none is named. */
    static final String ESTABLISHMENT_FILE = "etablissement.yaml";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (establishment) {
            return establishment();
        }
        Texts texts = Texts.of(Texts.defaultLanguage());
        Launcher launcher = CharteIaCommand.launcherOf(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String validate = launcher.with("validate", file.toString());
        try {
            AtomicFiles.create(file, StarterQuestionnaire.render(validate).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            err.println(texts.get("init.exists", file, launcher.with("init", freeName(file).toString())));
            return ExitCodes.UNREADABLE_OR_USAGE;
        } catch (IOException e) {
            err.println(WriteFailureText.of(e, file, texts));
            err.println(texts.get("init.notWritten", file));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        out.println(texts.get("init.written", file));
        Path schema = file.resolveSibling(SCHEMA_FILE);
        try {
            AtomicFiles.create(schema, schemaBytes());
            out.println(texts.get("init.schemaWritten", schema));
        } catch (FileAlreadyExistsException e) {
            out.println(texts.get("init.schemaKept", schema));
        } catch (IOException e) {
            // the questionnaire is written and usable: the editor's help is a bonus
            out.println(texts.get("init.schemaNotWritten", schema, WriteFailureText.of(e, schema, texts),
                    launcher.with("schema")));
        }
        out.println(texts.get("init.next", validate));
        return ExitCodes.OK;
    }

    /** {@code init --etablissement}: the starter baseline, and its schema beside it. */
    private Integer establishment() throws IOException {
        Texts texts = Texts.of(Texts.defaultLanguage());
        if (spec.commandLine().getParseResult().matchedPositionals().isEmpty()) {
            file = Path.of(ESTABLISHMENT_FILE);
        }
        Launcher launcher = CharteIaCommand.launcherOf(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String validate = launcher.with("validate", file.toString());
        try {
            AtomicFiles.create(file, StarterEstablishment.render(validate).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            err.println(texts.get("init.exists", file, launcher.with("init", "--etablissement", freeName(file).toString())));
            return ExitCodes.UNREADABLE_OR_USAGE;
        } catch (IOException e) {
            err.println(WriteFailureText.of(e, file, texts));
            err.println(texts.get("init.establishmentNotWritten", file));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        out.println(texts.get("init.establishmentWritten", file));
        Path schema = file.resolveSibling(StarterEstablishment.SCHEMA_FILE);
        try {
            AtomicFiles.create(schema, SchemaCommand.schema(SchemaCommand.ESTABLISHMENT_RESOURCE));
            out.println(texts.get("init.schemaWritten", schema));
        } catch (FileAlreadyExistsException e) {
            out.println(texts.get("init.schemaKept", schema));
        } catch (IOException e) {
            out.println(texts.get("init.schemaNotWritten", schema, WriteFailureText.of(e, schema, texts),
                    launcher.with("schema", "--etablissement")));
        }
        out.println(texts.get("init.establishmentNext", validate));
        return ExitCodes.OK;
    }

    /** {@code mon-service-2.yaml}, or the first of -3, -4… that does not exist yet, beside the file. */
    static Path freeName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        int first = 2;
        Matcher numbered = NUMBERED.matcher(stem);
        if (numbered.matches() && numbered.group(2).length() < 9) {
            // mon-service-2.yaml exists too: suggest mon-service-3.yaml, not mon-service-2-2.yaml
            stem = numbered.group(1);
            first = Integer.parseInt(numbered.group(2)) + 1;
        }
        for (int n = first; ; n++) {
            Path candidate = file.resolveSibling(stem + "-" + n + extension);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /** The shipped schema, byte for byte: the same file {@code schema} prints. */
    private static byte[] schemaBytes() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        }
    }
}

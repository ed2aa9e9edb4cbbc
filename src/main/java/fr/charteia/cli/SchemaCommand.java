package fr.charteia.cli;

import fr.charteia.output.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Écrit le schéma JSON du format charte-ia/1, pour que l'éditeur complète et vérifie les questionnaires.",
            "Par exemple : charte-ia schema --out charte-ia-1.schema.json, puis en première ligne d'un questionnaire "
                    + "du même dossier :",
            "  # yaml-language-server: $schema=charte-ia-1.schema.json",
            "Le schéma suit le draft-07, la version que lit l'extension YAML de VS Code."
        },
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:schéma écrit", "2:fichier impossible à écrire, ou ligne de commande incorrecte"})
final class SchemaCommand implements Callable<Integer> {

    static final String RESOURCE = "/schema/charte-ia-1.schema.json";

    /** The schema of an establishment baseline, format charte-ia-etablissement/1. */
    static final String ESTABLISHMENT_RESOURCE = "/schema/charte-ia-etablissement-1.schema.json";

    @Option(names = "--etablissement", descriptionKey = "etablissement",
            description = "Écrit le schéma du socle d'établissement (format charte-ia-etablissement/1) au lieu de celui "
                    + "du questionnaire d'un service.")
    boolean establishment;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Fichier où écrire le schéma. Il est remplacé s'il existe, car c'est un fichier produit par "
                    + "charte-ia, à réécrire à chaque nouvelle version. Sans cette option, le schéma est affiché.")
    Path out;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] schema = establishment ? schema(ESTABLISHMENT_RESOURCE) : schema();
        if (out == null) {
            spec.commandLine().getOut().print(new String(schema, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Texts texts = Texts.of(language.locale);
        try {
            AtomicFiles.write(out, schema);
        } catch (IOException e) {
            spec.commandLine().getErr().println(WriteFailureText.of(e, out, texts));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        spec.commandLine().getOut().println(texts.get("schema.written", out, out.getFileName()));
        return ExitCodes.OK;
    }

    /** The schema shipped in the jar, the one the tests check against the model. */
    static byte[] schema() {
        return schema(RESOURCE);
    }

    static byte[] schema(String resource) {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("schema unreadable in the jar: " + resource, e);
        }
    }
}

package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.PathTrouble;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What the command line says about a file name it cannot use: the reason (a loop of links, a folder
 * without access, a name read as an option, a name the locale cannot decode), in French, never
 * « introuvable » for what exists, never a Java type.
 */
class FileNameMessagesTest {

    @TempDir
    Path dir;

    @Test
    void questionnaireThroughALoopOfSymbolicLinksIsSaidToBeOneNotMissing() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.yaml"), Path.of("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), Path.of("a.yaml"));

        CommandLineRun run = CommandLineRun.of("validate", dir.resolve("a.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Fichier illisible : Le fichier " + dir.resolve("a.yaml") + " passe par une boucle de liens "
                + "symboliques (des liens qui renvoient les uns aux autres sans mener à un fichier) : corrigez ces liens ou "
                + "indiquez directement le chemin du questionnaire.\n").doesNotContain("introuvable");
    }

    @Test
    void loopInAFolderOfThePathIsFoundToo() throws IOException {
        Files.createSymbolicLink(dir.resolve("x"), Path.of("y"));
        Files.createSymbolicLink(dir.resolve("y"), Path.of("x"));

        assertThat(PathTrouble.of(dir.resolve("x/service.yaml"))).contains(PathTrouble.LINK_LOOP);
        assertThat(PathTrouble.of(dir.resolve("absent/service.yaml"))).contains(PathTrouble.MISSING);
        assertThat(PathTrouble.of(dir)).isEmpty();
    }

    /** Root enters every folder: the refusal itself is mapped here, and run for real below when it can be. */
    @Test
    void refusedAccessIsNoAccessNotMissing() {
        Path file = dir.resolve("privé/service.yaml");

        assertThat(PathTrouble.of(file, new AccessDeniedException(file.toString()))).isEqualTo(PathTrouble.NO_ACCESS);
        assertThat(PathTrouble.of(file, new NoSuchFileException(file.toString()))).isEqualTo(PathTrouble.MISSING);
        assertThat(PathTrouble.of(file, new FileSystemException(file.toString(), null, "File name too long")))
                .isEqualTo(PathTrouble.UNREACHABLE);
    }

    @Test
    void questionnaireInAFolderWithoutSearchRightIsSaidToBeInaccessible() throws IOException {
        Path closed = Files.createDirectories(dir.resolve("fermé"));
        Files.writeString(closed.resolve("service.yaml"), "schema: charte-ia/1\n", StandardCharsets.UTF_8);
        closed.toFile().setExecutable(false, false);
        try {
            Assumptions.assumeFalse(Files.exists(closed.resolve("service.yaml")), "not root: permission bits apply");

            CommandLineRun run = CommandLineRun.of("validate", closed.resolve("service.yaml").toString());

            assertThat(run.out()).contains("Fichier illisible : Le fichier " + closed.resolve("service.yaml") + " n'est pas "
                    + "accessible : vous n'avez pas le droit d'entrer dans un des dossiers du chemin ou de lire le fichier. "
                    + "Demandez ces droits, ou copiez le questionnaire dans un de vos dossiers.\n");
        } finally {
            closed.toFile().setExecutable(true, false);
        }
    }

    @Test
    void fileNameStartingWithADashGetsAHintInsteadOfAMissingParameter() {
        CommandLineRun alone = CommandLineRun.of("validate", "-x.yaml");
        CommandLineRun after = CommandLineRun.of("validate", "a.yaml", "-x.yaml");

        String hint = "« -x.yaml » commence par un tiret : il est lu comme une option, pas comme un nom de fichier. Pour un "
                + "fichier dont le nom commence par un tiret, écrivez ./-x.yaml, ou mettez -- avant les noms de fichiers : "
                + "charte-ia validate -- -x.yaml\nPour l'aide : charte-ia validate --help\n";
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).isEqualTo(hint);
        assertThat(after.err()).isEqualTo(hint);
    }

    @Test
    void anUnknownOptionThatIsNoFileNameKeepsItsMessage() {
        CommandLineRun run = CommandLineRun.of("validate", "-x");

        assertThat(run.err()).startsWith("Il manque le paramètre FICHIER… de la commande « charte-ia validate ».\n");
    }

    @Test
    void emptyFileNameIsRefusedRatherThanReadAsTheCurrentFolder() {
        CommandLineRun run = CommandLineRun.of("validate", "");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Un nom de fichier est vide (« \"\" ») : indiquez le chemin d'un questionnaire, "
                + "ou « . » pour le dossier courant.\n");
    }

    @Test
    void aConversionErrorNeverShowsPicocliEnglishNorAJavaType() {
        CommandLine commandLine = new CommandLine(new CharteIaCommand(Launcher.PLAIN));
        CommandLine validate = commandLine.getSubcommands().get("validate");
        ParameterException leak = new ParameterException(validate,
                "Invalid value for positional parameter at index 0..* (FICHIER…): cannot convert to java.util.ArrayList<java.nio.file.Path>",
                null, validate.getCommandSpec().positionalParameters().get(0), null);
        ParameterException bare = new ParameterException(validate, "Something java.util.ArrayList<java.nio.file.Path>");

        Texts texts = Texts.of(Texts.defaultLanguage());
        assertThat(ParameterErrors.message(leak, texts))
                .isEqualTo("Ligne de commande incorrecte : la valeur de FICHIER… n'est pas acceptée. Vérifiez-la dans l'aide.");
        assertThat(ParameterErrors.message(bare, texts)).isEqualTo("Ligne de commande incorrecte : vérifiez-la dans l'aide.");
    }

    /**
     * {@code java -jar} under {@code LC_ALL=C}: the JVM decodes the command line as ASCII, so an
     * accented name arrives as U+FFFD and cannot be a path. Run in a JVM of its own, as a user would.
     */
    @Test
    void accentedFileNameUnderTheCLocaleWithPlainJavaSaysToSetAUtf8Locale() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM can pass an accented argument");
        Path questionnaire = Files.writeString(dir.resolve("été.yaml"), "schema: charte-ia/1\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate", questionnaire.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains(" n'a pas pu être lu : la langue du système (variables LANG, LC_ALL, LC_CTYPE) n'est pas en "
                + "UTF-8, et Java ne sait alors pas lire les lettres accentuées des noms de fichiers. Lancez l'outil avec le "
                + "lanceur charte-ia, qui s'en charge, ou ajoutez LC_ALL=C.UTF-8 devant la commande (par exemple : "
                + "LC_ALL=C.UTF-8 java -jar charte-ia.jar …).\n").startsWith("Le nom de fichier « ").doesNotContain("Exception");
    }
}

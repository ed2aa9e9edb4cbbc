package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One list of exit codes, word for word the same in every help and in the README. */
class ExitCodesTest {

    private static final List<String> EXPECTED = List.of(
            "0 succès : questionnaires valides, documents ou fichier écrits (des avertissements sont permis).",
            "1 au moins une erreur (ERROR) dans un questionnaire : rien n'a été écrit.",
            "2 fichier ou dossier illisible ou impossible à écrire, sortie standard impossible à écrire, logo ou modèle "
                    + "inutilisable, fichier déjà existant, ou ligne de commande incorrecte : rien n'a été écrit, hormis les "
                    + "documents annoncés « Écrit : ».",
            "3 erreur interne (relancez avec --debug et signalez-la).");

    @Test
    void everyHelpListsTheSameExitCodes() {
        for (String args : List.of("--help", "validate --help", "generate --help", "extract --help", "init --help",
                "schema --help", "serve --help", "help --help")) {
            assertThat(fromHelp(CommandLineRun.of(args.split(" ")).out())).as(args).isEqualTo(EXPECTED);
        }
    }

    @Test
    void readmeTableHasTheSameExitCodes() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Codes de sortie"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Matcher row = Pattern.compile("\n\\| (\\d) \\| (.+) \\|").matcher(section);
        List<String> codes = new java.util.ArrayList<>();
        while (row.find()) {
            codes.add(row.group(1) + " " + row.group(2).replace("`", ""));
        }
        assertThat(codes).isEqualTo(EXPECTED);
    }

    /** "0   succès : …" with its wrapped continuation lines, as one line per code. */
    private static List<String> fromHelp(String help) {
        String section = help.substring(help.indexOf("Codes de sortie :\n") + "Codes de sortie :\n".length());
        Matcher entry = Pattern.compile("  (\\d)   ((?:[^\n]|\n {8})+)").matcher(section);
        List<String> codes = new java.util.ArrayList<>();
        while (entry.find()) {
            codes.add(entry.group(1) + " " + entry.group(2).replaceAll("\n +", " "));
        }
        return codes;
    }
}

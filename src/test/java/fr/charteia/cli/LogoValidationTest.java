package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} reads the logo the way {@code generate} will (G-LOGO): a file it calls valid is
 * one generate can render, and a logo it cannot use is an error at the line of organisation.logo.
 */
class LogoValidationTest {

    /** A questionnaire with no finding at all; its organisation block starts on line 9. */
    private static final Path BASE = Path.of("src/test/resources/fr/charteia/validation/base.yaml");

    @TempDir
    Path dir;

    @Test
    void missingLogoIsAnErrorAtItsLineSayingWhereItWasLookedFor() throws IOException {
        Path questionnaire = withLogo("logos/valmont.png");

        CommandLineRun run = CommandLineRun.of("validate", questionnaire.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("Erreurs :\n  organisation.logo (ligne 11) — Le logo « logos/valmont.png » est introuvable : "
                + "il n'y a pas de fichier " + dir.resolve("logos/valmont.png") + " (le chemin part du dossier du questionnaire). "
                + "Corrigez le chemin ou le nom du fichier, ou retirez la ligne logo. [G-LOGO]\n",
                "Verdict : NON VALIDE (1 erreur, 0 avertissement)");
    }

    @Test
    void missingLogoInEnglish() throws IOException {
        Path questionnaire = withLogo("logo.png");

        CommandLineRun run = CommandLineRun.of("validate", "--lang", "en", questionnaire.toString());

        assertThat(run.out()).contains("  organisation.logo (line 11) — The logo \"logo.png\" cannot be found: there is no file "
                + dir.resolve("logo.png") + " (the path starts from the questionnaire's folder). Fix the path or the file name, "
                + "or remove the logo line. [G-LOGO]\n");
    }

    @Test
    void fileThatIsNotAnImageIsAnError() throws IOException {
        Files.writeString(dir.resolve("logo.png"), "pas une image", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("validate", withLogo("logo.png").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « logo.png » (" + dir.resolve("logo.png")
                + ") n'est ni une image PNG ni une image JPEG : convertissez-le en PNG ou en JPEG, ou retirez la ligne logo. [G-LOGO]\n");
    }

    @Test
    void pngWithABrokenBodyIsAnError() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        Files.write(dir.resolve("logo.png"), png);

        CommandLineRun run = CommandLineRun.of("validate", withLogo("logo.png").toString());

        assertThat(run.out()).contains("Le logo « logo.png » (" + dir.resolve("logo.png")
                + ") ne peut pas être lu comme une image : enregistrez-le de nouveau en PNG ou en JPEG, ou retirez la ligne logo. [G-LOGO]");
    }

    @Test
    void readableLogoBesideTheQuestionnaireIsValid() throws IOException {
        Files.createDirectories(dir.resolve("logos"));
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("logos/valmont.png").toFile());

        CommandLineRun run = CommandLineRun.of("validate", withLogo("logos/valmont.png").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Verdict : valide (0 erreur, 0 avertissement).");
    }

    @Test
    void jsonReportCarriesTheCodePathAndLine() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", withLogo("absent.jpg").toString());

        assertThat(run.out()).contains("\"code\" : \"G-LOGO\"", "\"severity\" : \"ERROR\"", "\"path\" : \"organisation.logo\"",
                "\"line\" : 11");
    }

    @Test
    void generateRefusesWithTheSameFindingAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(), withLogo("absent.png").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("organisation.logo (ligne 11) — Le logo « absent.png » est introuvable", "[G-LOGO]");
        assertThat(run.err()).isEqualTo("Aucun document n'a été écrit.\n");
        assertThat(out).doesNotExist();
    }

    /** The base questionnaire, copied into the test folder with a logo line after the organisation's name. */
    private Path withLogo(String logo) throws IOException {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        String text = base.replaceFirst("(?m)^  name: Centre hospitalier de Valmont\\n", "$0  logo: " + logo + "\n");
        assertThat(text).isNotEqualTo(base);
        return Files.writeString(dir.resolve("service.yaml"), text, StandardCharsets.UTF_8);
    }
}

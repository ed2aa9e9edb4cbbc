package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void logoOfTwentyThousandPixelsSquareIsRefusedFromItsHeaderWithoutDecodingIt() throws IOException {
        // 20,000 x 20,000 RGBA: 1.6 GB once decoded, a few hundred bytes on disk
        Files.write(dir.resolve("logo.png"), pngHeaderOnly(20_000, 20_000));

        CommandLineRun run = CommandLineRun.of("validate", withLogo("logo.png").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « logo.png » (" + dir.resolve("logo.png")
                + ") mesure 20000 × 20000 pixels, au-delà de la limite de 4000 × 4000 pixels : réduisez-le (quelques centaines "
                + "de pixels de large suffisent pour un en-tête) et enregistrez-le de nouveau, ou retirez la ligne logo. [G-LOGO]\n");
    }

    @Test
    void pixelLimitIsFourThousandOnEachSideForPngAndJpeg() throws IOException {
        ImageIO.write(new BufferedImage(4000, 1, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("edge.png").toFile());
        ImageIO.write(new BufferedImage(2, 4001, BufferedImage.TYPE_INT_RGB), "jpg", dir.resolve("tall.jpg").toFile());

        CommandLineRun edge = CommandLineRun.of("validate", withLogo("edge.png").toString());
        CommandLineRun tall = CommandLineRun.of("validate", withLogo("tall.jpg").toString());

        assertThat(edge.exitCode()).as(edge.all()).isZero();
        assertThat(tall.out()).contains("Le logo « tall.jpg » (" + dir.resolve("tall.jpg") + ") mesure 2 × 4001 pixels, "
                + "au-delà de la limite de 4000 × 4000 pixels");
    }

    @Test
    void absoluteLogoPathIsRefusedWithoutLookingAtTheFile() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", withLogo("/etc/hosts").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « /etc/hosts » est donné par un chemin absolu : "
                + "un logo se désigne par un chemin relatif au dossier du questionnaire et doit s'y trouver, pour qu'aucune autre "
                + "image de l'ordinateur ne se retrouve dans des documents diffusés. Copiez l'image dans le dossier du questionnaire "
                + "(ou un de ses sous-dossiers) et indiquez son chemin depuis ce dossier, par exemple « logo: logo.png ». [G-LOGO]\n");
    }

    @Test
    void logoPathClimbingOutOfTheQuestionnairesFolderIsRefused() throws IOException {
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("logo.png").toFile());
        Path service = Files.createDirectories(dir.resolve("service"));
        Path questionnaire = Files.move(withLogo("../logo.png"), service.resolve("service.yaml"));

        CommandLineRun run = CommandLineRun.of("validate", questionnaire.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « ../logo.png » (" + service.resolve("../logo.png")
                + ") est en dehors du dossier du questionnaire (" + service + ") : un chemin de logo ne remonte pas avec « .. », "
                + "pour qu'aucune autre image de l'ordinateur ne se retrouve dans des documents diffusés. Copiez l'image dans le "
                + "dossier du questionnaire (ou un de ses sous-dossiers) et indiquez son chemin depuis ce dossier. [G-LOGO]\n");
    }

    @Test
    void symbolicLinkLeadingOutOfTheFolderIsRefusedAndOneInsideIsFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", elsewhere.resolve("logo.png").toFile());
        Path service = Files.createDirectories(dir.resolve("service"));
        Files.createSymbolicLink(service.resolve("logo.png"), elsewhere.resolve("logo.png"));
        Files.createDirectories(service.resolve("logos"));
        Files.copy(elsewhere.resolve("logo.png"), service.resolve("logos/vrai.png"));
        Files.createSymbolicLink(service.resolve("raccourci.png"), Path.of("logos/vrai.png"));
        Path outside = Files.move(withLogo("logo.png"), service.resolve("dehors.yaml"));
        Path inside = Files.move(withLogo("raccourci.png"), service.resolve("dedans.yaml"));

        CommandLineRun refused = CommandLineRun.of("validate", outside.toString());
        CommandLineRun accepted = CommandLineRun.of("validate", inside.toString());

        assertThat(refused.out()).contains("  organisation.logo (ligne 11) — Le logo « logo.png » (" + service.resolve("logo.png")
                + ") passe par un lien symbolique qui mène en dehors du dossier du questionnaire (" + service + "), ce qui est "
                + "refusé pour qu'aucune autre image de l'ordinateur ne se retrouve dans des documents diffusés : copiez l'image "
                + "elle-même dans le dossier du questionnaire à la place du lien. [G-LOGO]\n");
        assertThat(accepted.exitCode()).as(accepted.all()).isZero();
    }

    @Test
    void logoLinkedToDevZeroIsNotReadAndSaidToBeADevice() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));

        CommandLineRun run = CommandLineRun.of("validate", withLogo("logo.png").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « logo.png » (" + dir.resolve("logo.png")
                + ") n'est pas un fichier ordinaire mais un périphérique : indiquez le chemin d'une image PNG "
                + "ou JPEG, ou retirez la ligne logo. [G-LOGO]\n");
    }

    @Test
    void logoThatIsAFolderOrAFifoIsSaidToBeOne() throws Exception {
        Files.createDirectories(dir.resolve("logos"));
        CommandLineRun folder = CommandLineRun.of("validate", withLogo("logos").toString());
        assertThat(folder.out()).contains("Le logo « logos » (" + dir.resolve("logos") + ") n'est pas un fichier ordinaire mais "
                + "un dossier : indiquez le chemin d'une image PNG ou JPEG, ou retirez la ligne logo. [G-LOGO]");

        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("tube.png").toString()).start().waitFor() == 0,
                "mkfifo makes a FIFO");
        // reading a FIFO without a writer would block forever: the reader must not open it
        CommandLineRun fifo = CommandLineRun.of("validate", withLogo("tube.png").toString());
        assertThat(fifo.out()).contains("Le logo « tube.png » (" + dir.resolve("tube.png") + ") n'est pas un fichier ordinaire "
                + "mais un tube nommé (FIFO) : indiquez le chemin d'une image PNG ou JPEG, ou retirez la ligne logo. [G-LOGO]");
    }

    @Test
    void logoThroughALoopOfLinksIsSaidToBeOne() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.png"), Path.of("b.png"));
        Files.createSymbolicLink(dir.resolve("b.png"), Path.of("a.png"));

        CommandLineRun run = CommandLineRun.of("validate", withLogo("a.png").toString());

        assertThat(run.out()).contains("  organisation.logo (ligne 11) — Le logo « a.png » (" + dir.resolve("a.png")
                + ") passe par une boucle de liens symboliques (des liens qui renvoient les uns aux autres sans mener à un "
                + "fichier) : corrigez ces liens ou indiquez directement le fichier de l'image, ou retirez la ligne logo. [G-LOGO]\n");
    }

    @Test
    void accentedLogoNameIsRead() throws IOException {
        Files.createDirectories(dir.resolve("médias"));
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("médias/hôpital.png").toFile());

        CommandLineRun run = CommandLineRun.of("validate", withLogo("médias/hôpital.png").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    /** A PNG signature and IHDR chunk (8-bit RGBA) and nothing else: the size is all a header check may read. */
    private static byte[] pngHeaderOnly(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }

    /** The base questionnaire, copied into the test folder with a logo line after the organisation's name. */
    private Path withLogo(String logo) throws IOException {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        String text = base.replaceFirst("(?m)^  name: Centre hospitalier de Valmont\\n", "$0  logo: " + logo + "\n");
        assertThat(text).isNotEqualTo(base);
        return Files.writeString(dir.resolve("service.yaml"), text, StandardCharsets.UTF_8);
    }
}

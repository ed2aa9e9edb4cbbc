package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.room.RoomStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charte-ia serve --room}: the baseline checked first, the codes and address printed, a kept room reopened. */
class ServeRoomCommandTest {

    private static final Pattern PARTICIPANT_CODE = Pattern.compile("Code des participants : (\\S+)\n");
    private static final Pattern TRAINER_CODE = Pattern.compile(
            "Code du formateur \\(ne le donnez pas aux participants\\) : (\\S+)\n");

    @TempDir
    Path workspace;

    /** {@code serve} started in this process, stopped as Ctrl-C would once it has said what it says at start. */
    private record Started(int exitCode, String out, String err) {
    }

    private static Started serve(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread server = new Thread(() -> code[0] = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                Launcher.PLAIN), "serve-under-test");
        server.start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        while (!out.toString().contains("Ctrl-C pour arrêter") && server.isAlive() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        server.interrupt();
        server.join(60_000);
        return new Started(code[0], out.toString(), err.toString());
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    @Test
    void aRoomPrintsItsTitleAddressBothCodesTheTrainersPageAndAQrCode() throws Exception {
        Started run = serve("serve", "--room", "Formation IAG — CH de Valmont", "--port", "0", "--workspace",
                workspace.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Salle de formation « Formation IAG — CH de Valmont » ouverte.\n")
                .containsPattern("Adresse à donner aux participants : http://127\\.0\\.0\\.1:\\d+/login\n")
                .contains("La salle n'écoute que sur cet ordinateur")
                .containsPattern("Page du formateur : http://127\\.0\\.0\\.1:\\d+/formateur/connexion\n")
                .contains("█", "▀", "▄");
        String participant = group(PARTICIPANT_CODE, run.out());
        String trainer = group(TRAINER_CODE, run.out());
        // a room asks for a code even on this computer, and the two codes differ
        assertThat(participant).matches("[a-km-np-z2-9]{10}");
        assertThat(trainer).matches("[a-km-np-z2-9]{10}").isNotEqualTo(participant);
        assertThat(RoomStore.read(workspace).orElseThrow().codes().trainer()).isEqualTo(trainer);
    }

    @Test
    void aKeptRoomIsReopenedWithItsOwnCodesAndTitle() throws Exception {
        Started first = serve("serve", "--room", "Session du matin", "--port", "0", "--workspace", workspace.toString(),
                "--trainer-code", "formateur-du-matin");
        String participant = group(PARTICIPANT_CODE, first.out());
        assertThat(group(TRAINER_CODE, first.out())).isEqualTo("formateur-du-matin");

        Started second = serve("serve", "--room", "Session de l'après-midi", "--port", "0", "--workspace",
                workspace.toString(), "--access-code", "autre-code-123");

        assertThat(second.exitCode()).isZero();
        assertThat(group(PARTICIPANT_CODE, second.out())).isEqualTo(participant);
        assertThat(group(TRAINER_CODE, second.out())).isEqualTo("formateur-du-matin");
        assertThat(second.out()).startsWith("Salle de formation « Session du matin » ouverte.\n");
        assertThat(second.err()).contains("La salle « Session du matin » gardée dans " + workspace.toAbsolutePath()
                + " est rouverte telle quelle", "Le titre donné, « Session de l'après-midi », n'est pas celui de la salle "
                + "gardée : pour ouvrir une nouvelle salle, fermez d'abord celle-ci avec charte-ia room close",
                "Les codes donnés sont ignorés");
    }

    @Test
    void aBaselineWithErrorsOrThatIsNoEstablishmentIsRefusedBeforeTheServerStarts() throws Exception {
        Path broken = workspace.resolve("socle.yaml");
        Files.writeString(broken, Files.readString(Path.of("samples/chu-valmont/etablissement.yaml"))
                + "\ninconnu: 1\n");

        CommandLineRun withErrors = CommandLineRun.of("serve", "--room", "F", "--port", "0", "--workspace",
                workspace.resolve("ws").toString(), "--baseline", broken.toString());
        CommandLineRun department = CommandLineRun.of("serve", "--room", "F", "--port", "0", "--workspace",
                workspace.resolve("ws").toString(), "--baseline", "samples/pharmacie-pui.yaml");
        CommandLineRun missing = CommandLineRun.of("serve", "--room", "F", "--port", "0", "--workspace",
                workspace.resolve("ws").toString(), "--baseline", "nulle-part.yaml");

        assertThat(withErrors.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(withErrors.err()).startsWith("Le socle d'établissement " + broken + " contient 1 erreur(s) : la salle "
                + "n'est pas ouverte").contains("inconnu");
        assertThat(department.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(department.err()).startsWith("Le fichier samples/pharmacie-pui.yaml n'est pas un socle d'établissement");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(missing.err()).contains("nulle-part.yaml est introuvable");
        assertThat(withErrors.out() + department.out() + missing.out()).isEmpty();
        assertThat(workspace.resolve("ws")).doesNotExist();
    }

    @Test
    void aValidBaselineOpensTheRoomWithItsCopyBesideTheRoom() throws Exception {
        Started run = serve("serve", "--room", "F", "--port", "0", "--workspace", workspace.toString(), "--baseline",
                "samples/chu-valmont/etablissement.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workspace.resolve("salle/etablissement.yaml")).hasSameBinaryContentAs(
                Path.of("samples/chu-valmont/etablissement.yaml"));
    }

    @Test
    void roomOptionsWithoutARoomAndUnusableCodesAreRefused() {
        CommandLineRun baseline = CommandLineRun.of("serve", "--port", "0", "--baseline", "x.yaml");
        CommandLineRun same = CommandLineRun.of("serve", "--room", "F", "--port", "0", "--access-code", "meme-code-1",
                "--trainer-code", "meme-code-1");
        CommandLineRun shortCode = CommandLineRun.of("serve", "--room", "F", "--port", "0", "--trainer-code", "court");

        assertThat(baseline.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(baseline.err()).contains("ne servent qu'à une salle de formation : ajoutez --room");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(same.err()).contains("Le code du formateur doit différer de celui des participants");
        assertThat(shortCode.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(shortCode.err()).contains("au moins 8 caractères");
    }
}

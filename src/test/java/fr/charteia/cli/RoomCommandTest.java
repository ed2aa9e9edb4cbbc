package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.RoomCodes;
import fr.charteia.room.RoomStore;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charte-ia room close}: its messages and exit codes. */
class RoomCommandTest {

    @TempDir
    Path workspace;

    @Test
    void withoutARoomThereIsNothingToCloseAndTheExitCodeIs2() {
        CommandLineRun run = CommandLineRun.of("room", "close", "--workspace", workspace.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(run.err()).isEqualTo("Aucune salle de formation dans " + workspace.toAbsolutePath() + " : il n'y a rien "
                + "à fermer. Vérifiez le dossier donné à --workspace (celui de charte-ia serve --room).\n");
        assertThat(run.out()).isEmpty();
        assertThat(workspace.resolve("salle")).doesNotExist();
    }

    @Test
    void aClosedRoomIsNotClosedTwice() throws Exception {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("F", Instant.now(), new RoomCodes("a", "b"),
                Optional.empty()));
        store.update(room -> room.withClosed(Instant.parse("2027-03-12T16:30:00Z")));

        CommandLineRun run = CommandLineRun.of("room", "close", "--workspace", workspace.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(run.err()).startsWith("La salle de " + workspace.toAbsolutePath() + " est déjà fermée depuis le 12/03/2027")
                .contains("Une nouvelle salle s'ouvre avec charte-ia serve --room.");
    }

    private String joinCamille(RoomStore store) throws Exception {
        String owner = "0123456789abcdef0123456789abcdef";
        DraftId draft = new DraftStore(workspace.resolve("sessions").resolve(owner))
                .create(Files.readAllBytes(Path.of("samples/pharmacie-pui.yaml")));
        store.update(room -> room.withParticipant(Participant.joined("0123456789abcdef", owner, "Camille", "Pharmacie",
                Instant.now(), draft.value())));
        return owner;
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    private Path archive(String out) {
        Matcher written = Pattern.compile("Archive écrite : (.+\\.zip)").matcher(out);
        assertThat(written.find()).as(out).isTrue();
        return Path.of(written.group(1).strip());
    }

    @Test
    void closingWritesTheArchiveSaysWhatWasDeletedAndExitsWith0() throws Exception {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("Formation IAG", Instant.now(),
                new RoomCodes("a", "b"), Optional.empty()));
        String owner = joinCamille(store);

        CommandLineRun run = CommandLineRun.of("room", "close", "--workspace", workspace.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Salle « Formation IAG » fermée.\nArchive écrite : ")
                .contains("1 brouillon(s) supprimé(s) ; les réponses personnelles des 1 participant(s)");
        Path zip = archive(run.out());
        assertThat(zip).isRegularFile().startsWith(workspace.resolve("salle/export").toAbsolutePath());
        assertThat(entries(zip)).contains("rapport-de-session.pdf", "rapport-de-session.xlsx",
                "01-camille-pharmacie/questionnaire-pharmacie.yaml")
                .anyMatch(e -> e.startsWith("01-camille-pharmacie/") && e.endsWith(".pdf"));
        Room closed = RoomStore.read(workspace).orElseThrow();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.participants()).isEmpty();
        assertThat(workspace.resolve("sessions").resolve(owner)).doesNotExist();
    }

    @Test
    void withKeepTheDraftsAndAnswersStay() throws Exception {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("Formation IAG", Instant.now(),
                new RoomCodes("a", "b"), Optional.empty()));
        String owner = joinCamille(store);

        CommandLineRun run = CommandLineRun.of("room", "close", "--workspace", workspace.toString(), "--keep");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(entries(archive(run.out()))).contains("01-camille-pharmacie/questionnaire-pharmacie.yaml");
        Room closed = RoomStore.read(workspace).orElseThrow();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.participants()).extracting(Participant::pseudonym).containsExactly("Camille");
        try (var drafts = Files.list(workspace.resolve("sessions").resolve(owner))) {
            assertThat(drafts.filter(f -> f.toString().endsWith(".yaml"))).hasSize(1);
        }
    }
}

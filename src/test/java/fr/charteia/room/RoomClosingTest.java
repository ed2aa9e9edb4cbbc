package fr.charteia.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.compose.TemplateSet;
import fr.charteia.room.report.SessionMaterial;
import fr.charteia.web.api.TestServer;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closing of a room: the archive first, the room closed, then the drafts and personal answers deleted
 * unless kept. The archive is written by a stand-in here (the session archive has its own tests): what
 * matters is what it is given, where it goes, and what happens around it.
 */
class RoomClosingTest {

    private static final Instant NOW = Instant.parse("2027-03-12T16:30:00Z");

    @TempDir
    Path workspace;
    final List<SessionMaterial> archived = new ArrayList<>();

    /** Writes a zip of the drafts it was given, as the real archive would hold them. */
    final RoomClosing.ArchiveWriter writer = (material, toolkit, zip) -> {
        archived.add(material);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> draft : material.drafts().entrySet()) {
                out.putNextEntry(new ZipEntry(draft.getKey() + ".yaml"));
                out.write(draft.getValue());
                out.closeEntry();
            }
        }
    };

    private RoomStore roomWithTwoParticipants() throws IOException {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("Formation IAG", NOW.minusSeconds(3600),
                new RoomCodes("participants", "formateur"), Optional.empty()));
        for (String id : List.of("0123456789abcdef", "fedcba9876543210")) {
            String owner = id + id;
            DraftId draft = new DraftStore(workspace.resolve("sessions").resolve(owner)).create(("service: " + id).getBytes());
            store.update(room -> room.withParticipant(Participant.joined(id, owner, "P" + id, "Service", NOW, draft.value())
                    .withBefore(Map.of("risques", 2), NOW)).withVote(new Vote("s1", id, SituationAnswer.FORBIDDEN, "", NOW)));
        }
        return store;
    }

    private RoomClosing.Closed close(boolean keep) throws IOException {
        return RoomClosing.close(workspace, TestServer.toolkit(), keep, fr.charteia.room.RoomQuestions.read(
                TemplateSet.shipped(), "fr"), WorkshopCatalogue.read(TemplateSet.shipped(), "fr"), writer, NOW);
    }

    @Test
    void theArchiveIsWrittenThenTheRoomClosedAndEveryDraftAndPersonalAnswerDeleted() throws Exception {
        RoomStore server = roomWithTwoParticipants();
        assertThat(server.room().isClosed()).isFalse();

        RoomClosing.Closed closed = close(false);

        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(NOW.atZone(ZoneId.systemDefault()));
        assertThat(closed.archive()).isEqualTo(workspace.resolve("salle/export/archive-" + stamp + ".zip"));
        assertThat(closed.archive()).isRegularFile();
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).drafts()).containsOnlyKeys("0123456789abcdef", "fedcba9876543210");
        assertThat(archived.get(0).room().participants()).hasSize(2);
        assertThat(closed.participants()).isEqualTo(2);
        assertThat(closed.draftsDeleted()).isEqualTo(2);
        assertThat(closed.kept()).isFalse();
        assertThat(workspace.resolve("sessions/0123456789abcdef0123456789abcdef")).doesNotExist();
        assertThat(workspace.resolve("sessions/fedcba9876543210fedcba9876543210")).doesNotExist();
        // the store of the running server reads the file again: it sees the room closed and emptied
        Room seen = server.room();
        assertThat(seen.isClosed()).isTrue();
        assertThat(seen.closed()).contains(NOW);
        assertThat(seen.participants()).isEmpty();
        assertThat(seen.votes()).isEmpty();
        assertThat(seen.title()).isEqualTo("Formation IAG");
        assertThat(RoomClosing.latestArchive(workspace.resolve("salle"))).contains(closed.archive());
    }

    @Test
    void withKeepTheDraftsAndAnswersStayAndTheRoomIsClosedAllTheSame() throws Exception {
        RoomStore server = roomWithTwoParticipants();

        RoomClosing.Closed closed = close(true);

        assertThat(closed.kept()).isTrue();
        assertThat(closed.draftsDeleted()).isZero();
        assertThat(new DraftStore(workspace.resolve("sessions/0123456789abcdef0123456789abcdef")).list()).hasSize(1);
        assertThat(server.room().isClosed()).isTrue();
        assertThat(server.room().participants()).hasSize(2);
        assertThat(server.room().votes()).hasSize(2);
    }

    @Test
    void whenTheArchiveCannotBeWrittenNothingIsDeletedAndTheRoomStaysOpen() throws Exception {
        RoomStore server = roomWithTwoParticipants();

        assertThatThrownBy(() -> RoomClosing.close(workspace, TestServer.toolkit(), false,
                fr.charteia.room.RoomQuestions.read(TemplateSet.shipped(), "fr"),
                WorkshopCatalogue.read(TemplateSet.shipped(), "fr"), (material, toolkit, zip) -> {
                    throw new IOException("disque plein");
                }, NOW)).hasMessage("disque plein");

        assertThat(server.room().isClosed()).isFalse();
        assertThat(server.room().participants()).hasSize(2);
        assertThat(new DraftStore(workspace.resolve("sessions/0123456789abcdef0123456789abcdef")).list()).hasSize(1);
    }

    @Test
    void thereIsNothingToCloseWithoutARoomOrInAClosedOne() throws Exception {
        assertThatThrownBy(() -> close(false)).isInstanceOf(RoomClosing.NoRoom.class)
                .satisfies(e -> assertThat(((RoomClosing.NoRoom) e).closed()).isEmpty());
        assertThat(workspace.resolve("salle")).doesNotExist();

        roomWithTwoParticipants();
        close(false);

        assertThatThrownBy(() -> close(false)).isInstanceOf(RoomClosing.NoRoom.class)
                .satisfies(e -> assertThat(((RoomClosing.NoRoom) e).closed()).contains(NOW));
        assertThat(archived).hasSize(1);
    }

    @Test
    void aParticipantsOwnerThatIsNoFolderNameIsNeverFollowed() throws Exception {
        RoomStore store = roomWithTwoParticipants();
        Path outside = Files.createDirectories(workspace.resolve("elsewhere"));
        Files.writeString(outside.resolve("0123456789abcdef.yaml"), "not a participant's");
        store.update(room -> room.withParticipant(Participant.joined("1111111111111111", "../elsewhere", "X", "Y", NOW,
                "0123456789abcdef")));

        close(false);

        assertThat(outside.resolve("0123456789abcdef.yaml")).exists();
        assertThat(archived.get(0).drafts()).doesNotContainKey("1111111111111111");
    }
}

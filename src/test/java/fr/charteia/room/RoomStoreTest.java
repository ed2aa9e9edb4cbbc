package fr.charteia.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomStoreTest {

    private static final Instant NOW = Instant.parse("2027-03-12T09:00:00Z");

    @TempDir
    Path workspace;

    @Test
    void aRoomKeptInTheWorkspaceComesBackWholeAfterARestart() throws Exception {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("Formation IAG", NOW,
                new RoomCodes("abcdefghjk", "mnpqrstuvw"), Optional.of("etablissement.yaml")));
        store.update(room -> room.withParticipant(Participant.joined("0123456789abcdef", "owner1", "Camille",
                "Cardiologie", NOW, "fedcba9876543210")));
        store.update(room -> room.withParticipant("0123456789abcdef", p -> p.withBefore(Map.of("risques", 2), NOW)
                .withReview(new RulesReview(RulesReview.Status.SENT_BACK, "Précisez les données", Optional.of(NOW)))));
        store.update(room -> room.withVote(new Vote("planning-chatbot-public", "0123456789abcdef",
                SituationAnswer.FORBIDDEN, "Je ne colle rien", NOW)).withShowing(Optional.of(
                        new Showing("planning-chatbot-public", 2, false, NOW))).withOwnSituations(List.of(
                        new WorkshopSituation("own-1", "Un agent…", SituationAnswer.CONDITIONAL, "Parce que", "Je…",
                                List.of()))));
        Room written = store.room();

        RoomStore reopened = RoomStore.open(workspace, () -> {
            throw new AssertionError("the kept room is read, not a new one");
        });

        assertThat(reopened.room()).isEqualTo(written);
        assertThat(reopened.room().participant("0123456789abcdef").orElseThrow().review().comment())
                .isEqualTo("Précisez les données");
        assertThat(Files.list(workspace.resolve("salle")).map(p -> p.getFileName().toString()))
                .doesNotContain("salle.json.tmp");
    }

    @Test
    void aVoteReplacesTheSameParticipantsEarlierAnswerToTheSameSituation() throws Exception {
        RoomStore store = RoomStore.open(workspace, () -> Room.opened("F", NOW, new RoomCodes("a", "b"), Optional.empty()));
        store.update(room -> room.withVote(new Vote("s1", "p1", SituationAnswer.AUTHORISED, "", NOW)));
        store.update(room -> room.withVote(new Vote("s1", "p1", SituationAnswer.FORBIDDEN, "", NOW)));
        store.update(room -> room.withVote(new Vote("s1", "p2", SituationAnswer.FORBIDDEN, "", NOW)));

        assertThat(store.room().votes()).extracting(Vote::participantId, Vote::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p1", SituationAnswer.FORBIDDEN),
                org.assertj.core.groups.Tuple.tuple("p2", SituationAnswer.FORBIDDEN));
    }

    @Test
    void aChangeMadeByAnotherStoreIsSeenByTheFirst() throws Exception {
        RoomStore server = RoomStore.open(workspace, () -> Room.opened("F", NOW, new RoomCodes("a", "b"), Optional.empty()));
        server.room();
        RoomStore command = RoomStore.open(workspace, () -> {
            throw new AssertionError();
        });
        Thread.sleep(20); // a distinct modification time on coarse file systems
        command.update(room -> room.withClosed(NOW));

        assertThat(server.room().isClosed()).isTrue();
    }
}

package fr.charteia.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole state of a training room, as kept in {@code salle/salle.json} of the workspace.
 *
 * @param title what the trainer named the session (« Formation IAG — CH de Valmont — 12 mars 2027 »)
 * @param opened when the room was first opened
 * @param codes the participants' and the trainer's access codes, kept so a restart changes nothing
 * @param baseline the establishment baseline's file name in the room folder, when the trainer gave one
 * @param participants in the order they joined
 * @param ownSituations the situations the trainer added to the catalogue's
 * @param showing the situation on the participants' screens, if any
 * @param votes the participants' answers to the situations, the latest per participant and situation
 * @param closed when the room was closed; a closed room takes no more answers
 */
public record Room(
        String title,
        Instant opened,
        RoomCodes codes,
        Optional<String> baseline,
        List<Participant> participants,
        List<WorkshopSituation> ownSituations,
        Optional<Showing> showing,
        List<Vote> votes,
        Optional<Instant> closed) {

    public Room {
        participants = List.copyOf(participants);
        ownSituations = List.copyOf(ownSituations);
        votes = List.copyOf(votes);
    }

    /** A room just opened, with nobody in it. */
    public static Room opened(String title, Instant now, RoomCodes codes, Optional<String> baseline) {
        return new Room(title, now, codes, baseline, List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isClosed() {
        return closed.isPresent();
    }

    /** The participant whose browser session has this owner (see {@code web.Session#owner}). */
    public Optional<Participant> participantOwnedBy(String owner) {
        return participants.stream().filter(p -> p.owner().equals(owner)).findFirst();
    }

    public Optional<Participant> participant(String id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Room withParticipant(Participant joined) {
        List<Participant> all = new java.util.ArrayList<>(participants);
        all.add(joined);
        return new Room(title, opened, codes, baseline, all, ownSituations, showing, votes, closed);
    }

    /** The room with participant {@code id} replaced by {@code change} of it; unchanged when no such participant. */
    public Room withParticipant(String id, UnaryOperator<Participant> change) {
        List<Participant> all = participants.stream().map(p -> p.id().equals(id) ? change.apply(p) : p).toList();
        return new Room(title, opened, codes, baseline, all, ownSituations, showing, votes, closed);
    }

    public Room withOwnSituations(List<WorkshopSituation> situations) {
        return new Room(title, opened, codes, baseline, participants, situations, showing, votes, closed);
    }

    public Room withShowing(Optional<Showing> shown) {
        return new Room(title, opened, codes, baseline, participants, ownSituations, shown, votes, closed);
    }

    /** The room with {@code vote} replacing that participant's earlier answer to the same situation. */
    public Room withVote(Vote vote) {
        List<Vote> all = new java.util.ArrayList<>(votes.stream()
                .filter(v -> !(v.participantId().equals(vote.participantId()) && v.situationId().equals(vote.situationId())))
                .toList());
        all.add(vote);
        return new Room(title, opened, codes, baseline, participants, ownSituations, showing, all, closed);
    }

    public Room withClosed(Instant when) {
        return new Room(title, opened, codes, baseline, participants, ownSituations, Optional.empty(), votes,
                Optional.of(when));
    }

    /** The room without anything personal: no participant, no vote (after the export, unless kept). */
    public Room withoutPersonalAnswers() {
        return new Room(title, opened, codes, baseline, List.of(), ownSituations, Optional.empty(), List.of(), closed);
    }
}

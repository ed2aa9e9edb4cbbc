package fr.charteia.room;

/**
 * The two codes of a room.
 *
 * @param participant typed (or scanned) by every participant's browser once
 * @param trainer opens the trainer's pages; the participants' code never does
 */
public record RoomCodes(String participant, String trainer) {

    public RoomCodes {
        if (participant.equals(trainer)) {
            throw new IllegalArgumentException("the trainer's code must differ from the participants'");
        }
    }
}

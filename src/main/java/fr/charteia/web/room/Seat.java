package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.web.WebApp;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/** The room as it stands and the participant the request's browser session joined as. */
record Seat(Room room, Participant participant) {

    /**
     * The request's seat; empty when the browser was answered already: sent to the join page when it has
     * not joined, or shown the end of the session when {@code closedShown} and the room is closed.
     */
    static Optional<Seat> taken(WebApp app, RoomSite site, Context ctx, boolean closedShown) throws IOException {
        Room room = site.store().room();
        Optional<Participant> participant = ParticipantRoutes.participant(room, ctx);
        if (ParticipantRoutes.notJoined(participant, ctx)) {
            return Optional.empty();
        }
        if (closedShown && room.isClosed()) {
            ParticipantRoutes.showClosed(app, ctx);
            return Optional.empty();
        }
        return Optional.of(new Seat(room, participant.get()));
    }
}

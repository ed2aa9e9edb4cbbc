package fr.charteia.web.room;

import fr.charteia.web.WebApp;
import io.javalin.config.RoutesConfig;

/** The participants' pages of the room, under {@code /salle}. */
public final class ParticipantRoutes {

    private final WebApp app;
    private final RoomSite room;

    public ParticipantRoutes(WebApp app, RoomSite room) {
        this.app = app;
        this.room = room;
    }

    public void register(RoutesConfig routes) {
        // filled in by the participant pages
    }
}

package fr.charteia.web.room;

import fr.charteia.web.WebApp;
import io.javalin.config.RoutesConfig;

/** The trainer's pages of the room, under {@code /formateur}: only a session opened with the trainer's code. */
public final class TrainerRoutes {

    private final WebApp app;
    private final RoomSite room;

    public TrainerRoutes(WebApp app, RoomSite room) {
        this.app = app;
        this.room = room;
    }

    public void register(RoutesConfig routes) {
        // filled in by the trainer pages
    }
}

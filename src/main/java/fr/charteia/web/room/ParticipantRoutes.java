package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.Showing;
import fr.charteia.room.Stage;
import fr.charteia.web.Pages;
import fr.charteia.web.WebApp;
import fr.charteia.web.WebTexts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The participants' pages of the room, under {@code /salle}. A browser session sees only the
 * participant it joined as and that participant's draft: every page looks the participant up by the
 * session's owner, never by an id from the request.
 */
public final class ParticipantRoutes {

    static final WebTexts TEXTS = WebTexts.of(Locale.FRENCH);

    private final WebApp app;
    private final RoomSite room;

    public ParticipantRoutes(WebApp app, RoomSite room) {
        this.app = app;
        this.room = room;
    }

    public void register(RoutesConfig routes) {
        routes.before(this::refuseWhenClosed);
        routes.before(this::keepTheRoomDraft);
        JoinPage join = new JoinPage(app, room);
        routes.get("/salle/rejoindre", join::show);
        routes.post("/salle/rejoindre", join::submit);
        PositioningPage before = new PositioningPage(app, room, PositioningPage.Moment.BEFORE);
        routes.get("/salle/positionnement/avant", before::show);
        routes.post("/salle/positionnement/avant", before::submit);
        PositioningPage after = new PositioningPage(app, room, PositioningPage.Moment.AFTER);
        routes.get("/salle/positionnement/apres", after::show);
        routes.post("/salle/positionnement/apres", after::submit);
        ParticipantPage page = new ParticipantPage(app, room);
        routes.get("/salle", page::show);
        routes.post("/salle/reperes-termines", page::finishRules);
        VotePage vote = new VotePage(app, room);
        routes.get("/salle/situation", vote::show);
        routes.post("/salle/situation", vote::submit);
        SatisfactionFormPage satisfaction = new SatisfactionFormPage(app, room);
        routes.get("/salle/satisfaction", satisfaction::show);
        routes.post("/salle/satisfaction", satisfaction::submit);
        routes.get("/salle/etat.json", this::state);
    }

    /** Where {@code /} takes a browser session in a room: the join page until it has joined. */
    public static String entry(RoomSite room, Context ctx) throws IOException {
        return room.store().room().participantOwnedBy(WebApp.session(ctx).owner()).isPresent() ? "/salle" : "/salle/rejoindre";
    }

    /**
     * A closed room takes no more answers and no more changes to the drafts: the participants' forms
     * and the questionnaire's are refused with a page saying so. Reading and downloading one's own
     * documents (GET) go on while the drafts exist.
     */
    private void refuseWhenClosed(Context ctx) throws IOException {
        String path = ctx.path();
        if (!ctx.method().name().equals("POST") || !(path.startsWith("/salle") || path.startsWith("/drafts"))) {
            return;
        }
        if (room.store().room().isClosed()) {
            refuseClosed(app, ctx);
            ctx.skipRemainingHandlers();
        }
    }

    /**
     * In the room each participant has one draft, the one the trainer reviews: the home page's ways of
     * starting, importing or deleting drafts are not theirs to use.
     */
    private void keepTheRoomDraft(Context ctx) {
        String path = ctx.path();
        boolean draftsManagement = path.equals("/drafts") || path.equals("/drafts/import")
                || path.matches("/drafts/[^/]+/delete");
        if (draftsManagement && !WebApp.session(ctx).trainer()) {
            app.pages().send(ctx, HttpStatus.FORBIDDEN, "salle-fermee", app.frame(ctx, Locale.FRENCH,
                    TEXTS.get("salle.draftKept.title")), Map.of("message", TEXTS.get("salle.draftKept")));
            ctx.skipRemainingHandlers();
        }
    }

    static void refuseClosed(WebApp app, Context ctx) {
        app.pages().send(ctx, HttpStatus.CONFLICT, "salle-fermee", app.frame(ctx, Locale.FRENCH,
                TEXTS.get("salle.closed.title")), Map.of("message", TEXTS.get("salle.closed.refused")));
    }

    static void showClosed(WebApp app, Context ctx) {
        app.pages().send(ctx, HttpStatus.OK, "salle-fermee", app.frame(ctx, Locale.FRENCH,
                TEXTS.get("salle.closed.title")), Map.of("message", TEXTS.get("salle.closed.over")));
    }

    /** The participant of the request's session; empty when it has not joined (the caller redirects). */
    static Optional<Participant> participant(Room room, Context ctx) {
        return room.participantOwnedBy(WebApp.session(ctx).owner());
    }

    /** Sends the browser to the join page; true when the session has not joined yet. */
    static boolean notJoined(Optional<Participant> participant, Context ctx) {
        if (participant.isEmpty()) {
            ctx.redirect("/salle/rejoindre", HttpStatus.SEE_OTHER);
            return true;
        }
        return false;
    }

    /** The room's title for the page header. */
    static Pages.PageFrame frame(WebApp app, Context ctx, String titleKey) {
        return app.frame(ctx, Locale.FRENCH, TEXTS.get(titleKey));
    }

    /** The state a polling page was drawn with, compared by the script with {@code etat.json}'s. */
    static Map<String, String> poll(Room room) {
        return Map.of("showing", room.showing().map(Showing::situationId).orElse(""),
                "revealed", String.valueOf(room.showing().map(Showing::revealed).orElse(false)),
                "closed", String.valueOf(room.isClosed()));
    }

    /** What the participant's pages poll: only the session's own stage, and what everyone sees. */
    private void state(Context ctx) throws IOException {
        Room current = room.store().room();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("showing", current.showing().map(Showing::situationId).orElse(null));
        state.put("revealed", current.showing().map(Showing::revealed).orElse(false));
        state.put("stage", participant(current, ctx).map(Participant::stage).map(Stage::name).orElse(null));
        state.put("closed", current.isClosed());
        fr.charteia.web.Api.json(ctx, HttpStatus.OK, state);
    }
}

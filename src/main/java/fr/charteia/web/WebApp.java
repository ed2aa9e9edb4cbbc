package fr.charteia.web;

import fr.charteia.Toolkit;
import fr.charteia.web.drafts.DraftStore;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import fr.charteia.web.room.RoomSite;

/**
 * What every route of the server shares: the toolkit (one engine for pages and API), the pages, and
 * the workspace.
 *
 * @param workspace the folder holding the drafts: {@code brouillons/} on a loopback server, one
 *     folder per browser session under {@code sessions/} otherwise
 */
public record WebApp(Toolkit toolkit, Pages pages, Path workspace, Optional<RoomSite> room) {

    public WebApp(Toolkit toolkit, Pages pages, Path workspace) {
        this(toolkit, pages, workspace, Optional.empty());
    }

    /** The session the guard let through; only for page routes. */
    public static Session session(Context ctx) {
        return Guard.session(ctx);
    }

    /**
     * The folder a draft is read in: in a room with an establishment baseline, the room's folder, where a
     * draft's {@code baseline: etablissement.yaml} is found; otherwise none (a draft is an upload).
     */
    public Optional<Path> draftFolder() {
        return room.flatMap(RoomSite::baselineFolder);
    }

    /** The drafts the request's browser session may see. */
    public DraftStore drafts(Context ctx) {
        Session session = Guard.session(ctx);
        if (session.owner().equals(Session.LOCAL_OWNER)) {
            return new DraftStore(workspace.resolve("brouillons"));
        }
        return new DraftStore(workspace.resolve("sessions").resolve(session.owner()));
    }

    /** The header's data for a page of the request's session. */
    public Pages.PageFrame frame(Context ctx, Locale locale, String title) {
        return Pages.PageFrame.of(locale, title, Guard.session(ctx).csrf());
    }
}

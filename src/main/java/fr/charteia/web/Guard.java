package fr.charteia.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs before every route: security headers on every response, the Host check on a loopback server
 * (no DNS rebinding), the access code, the session cookie, and the form token of every POST.
 * API calls ({@code /api/}) carry the access code as {@code Authorization: Bearer CODE}; they use no
 * cookie, so they need no form token.
 */
final class Guard {

    /** The request attribute holding the {@link Session} of a page request. */
    static final String SESSION = "charteia.session";
    static final String CSRF_FIELD = "csrf";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");
    /** On every response, Jetty's own error pages included ({@link JettyErrors}). */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store",
            "Cross-Origin-Opener-Policy", "same-origin");

    private static final Set<String> OPEN_PATHS = Set.of("/login", "/favicon.ico");
    /** The trainer's pages of a room; only their login is open to other sessions. */
    static final String TRAINER_PATHS = "/formateur";
    static final String TRAINER_LOGIN = "/formateur/connexion";

    private final SessionKeys keys;
    private final Pages pages;
    private final boolean local;
    private final boolean codeRequired;

    Guard(SessionKeys keys, Pages pages, boolean local, boolean codeRequired) {
        this.keys = keys;
        this.pages = pages;
        this.local = local;
        this.codeRequired = codeRequired;
    }

    /** The session the guard let through; only for page routes. */
    static Session session(Context ctx) {
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            throw new IllegalStateException("no session on " + ctx.path());
        }
        return session;
    }

    void before(Context ctx) {
        securityHeaders(ctx);
        String path = ctx.path();
        if (local && !knownHost(ctx.header("Host"))) {
            if (isApi(path)) {
                Api.error(ctx, HttpStatus.MISDIRECTED_REQUEST, WebTexts.of(Locale.FRENCH).get("guard.host"));
                ctx.skipRemainingHandlers();
            } else {
                refuse(ctx, HttpStatus.MISDIRECTED_REQUEST, "guard.host");
            }
            return;
        }
        if (path.startsWith("/assets/")) {
            return;
        }
        if (isApi(path)) {
            if (codeRequired && !keys.isAccessCode(bearer(ctx.header("Authorization")))) {
                ctx.header("WWW-Authenticate", "Bearer");
                Api.error(ctx, HttpStatus.UNAUTHORIZED, WebTexts.of(Locale.FRENCH).get("guard.api.code"));
                ctx.skipRemainingHandlers();
            }
            return;
        }
        Optional<Session> existing = keys.session(ctx.cookie(SessionKeys.COOKIE));
        Session session = existing.orElseGet(() -> startSession(ctx));
        ctx.attribute(SESSION, session);
        if (ctx.method().name().equals("POST") && !SessionKeys.sameToken(session.csrf(), ctx.formParam(CSRF_FIELD))) {
            refuse(ctx, HttpStatus.FORBIDDEN, existing.isPresent() ? "guard.csrf" : "guard.csrf.noSession");
            return;
        }
        if (keys.hasTrainerCode() && isTrainerPath(path)) {
            trainerOnly(ctx, session, path);
            return;
        }
        if (session.trainer() && (path.equals("/") && ctx.method().name().equals("GET") || isRoomPath(path))) {
            // the trainer is no participant: their home is the dashboard, and nothing of /salle is theirs to post
            ctx.redirect(TRAINER_PATHS, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!session.unlocked() && !OPEN_PATHS.contains(path)) {
            if (ctx.method().name().equals("GET")) {
                pages.send(ctx, HttpStatus.UNAUTHORIZED, "login", frame(session, "login.title"),
                        Map.of("wrongCode", false, "filled", ""));
                ctx.skipRemainingHandlers();
            } else {
                refuse(ctx, HttpStatus.FORBIDDEN, "guard.locked");
            }
        }
    }

    /**
     * The trainer's pages: their session only. A participant's session is told plainly that these pages
     * are not theirs; a session without any code is sent to the trainer's login.
     */
    private void trainerOnly(Context ctx, Session session, String path) {
        if (session.trainer() || path.equals(TRAINER_LOGIN)) {
            return;
        }
        if (session.unlocked()) {
            refuse(ctx, HttpStatus.FORBIDDEN, "guard.trainer.participant");
        } else if (ctx.method().name().equals("GET")) {
            ctx.redirect(TRAINER_LOGIN, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        } else {
            refuse(ctx, HttpStatus.FORBIDDEN, "guard.trainer.locked");
        }
    }

    /** The participants' pages of a room. */
    static boolean isRoomPath(String path) {
        return path.equals("/salle") || path.startsWith("/salle/");
    }

    static boolean isTrainerPath(String path) {
        return path.equals(TRAINER_PATHS) || path.startsWith(TRAINER_PATHS + "/");
    }

    /** Sets a new session cookie, unlocked when no code is needed, and returns its session. */
    Session startSession(Context ctx) {
        return startSession(ctx, !codeRequired);
    }

    Session startSession(Context ctx, boolean unlocked) {
        return startSession(ctx, unlocked ? SessionKeys.Level.UNLOCKED : SessionKeys.Level.LOCKED);
    }

    /** Sets a new session cookie of the trainer, once their code was given. */
    Session startTrainerSession(Context ctx) {
        return startSession(ctx, SessionKeys.Level.TRAINER);
    }

    private Session startSession(Context ctx, SessionKeys.Level level) {
        String cookie = keys.newCookie(level);
        ctx.header("Set-Cookie", SessionKeys.COOKIE + "=" + cookie + "; Path=/; HttpOnly; SameSite=Strict");
        Session session = keys.session(cookie).orElseThrow();
        ctx.attribute(SESSION, session);
        return session;
    }

    boolean isAccessCode(String given) {
        return keys.isAccessCode(given);
    }

    boolean isTrainerCode(String given) {
        return keys.isTrainerCode(given);
    }

    static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    private void refuse(Context ctx, HttpStatus status, String textKey) {
        Session session = ctx.attribute(SESSION);
        pages.send(ctx, status, "problem", new Pages.PageFrame("fr", WebTexts.of(Locale.FRENCH).get("problem.title"),
                session == null ? "" : session.csrf()), Map.of("message", WebTexts.of(Locale.FRENCH).get(textKey)));
        ctx.skipRemainingHandlers();
    }

    private static Pages.PageFrame frame(Session session, String titleKey) {
        return Pages.PageFrame.of(Locale.FRENCH, WebTexts.of(Locale.FRENCH).get(titleKey), session.csrf());
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** On a loopback server, only names of this computer: a page elsewhere cannot rebind a name to it. */
    private static boolean knownHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        name = name.toLowerCase(Locale.ROOT);
        // an address 127.x.x.x itself, not a name that starts so (127.0.0.1.example.org is anyone's)
        return name.equals("localhost") || name.equals("[::1]") || LOOPBACK_V4.matcher(name).matches();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7);
    }
}

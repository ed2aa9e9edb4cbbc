package fr.charteia.web;

import fr.charteia.Toolkit;
import fr.charteia.web.api.ApiRoutes;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import fr.charteia.web.room.ParticipantRoutes;
import fr.charteia.web.room.RoomOpening;
import fr.charteia.web.room.RoomSite;
import fr.charteia.web.room.TrainerRoutes;

/**
 * The local web server of {@code charte-ia serve}: the guided questionnaire, its drafts, and the HTTP
 * API, on Javalin (Jetty underneath).
 */
public final class WebServer implements AutoCloseable {

    /** The largest request body: a questionnaire upload or API call (2 MiB) and a little form framing. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private final Javalin javalin;
    private final ServeOptions options;

    private WebServer(Javalin javalin, ServeOptions options) {
        this.javalin = javalin;
        this.options = options;
    }

    /** Starts listening; {@link #close()} stops. */
    public static WebServer start(ServeOptions options, Toolkit toolkit) throws IOException {
        Pages pages = options.room().map(room -> new Pages(room.title())).orElseGet(Pages::new);
        Optional<RoomSite> room = options.room().isEmpty() ? Optional.empty()
                : Optional.of(RoomOpening.open(options.workspace(), options.accessCode().orElseThrow(), options.room().get()));
        // a room reopened after a restart keeps its codes, whatever was drawn for this start
        Optional<String> accessCode = options.accessCode();
        Optional<String> trainerCode = Optional.empty();
        if (room.isPresent()) {
            fr.charteia.room.RoomCodes codes = room.get().store().room().codes();
            accessCode = Optional.of(codes.participant());
            trainerCode = Optional.of(codes.trainer());
        }
        // on this computer alone, every browser is the same user; with an access code, each browser has its own drafts
        SessionKeys keys = SessionKeys.in(options.workspace(), accessCode, trainerCode,
                options.local() && accessCode.isEmpty());
        Guard guard = new Guard(keys, pages, options.local(), accessCode.isPresent());
        WebApp app = new WebApp(toolkit, pages, options.workspace(), room);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = MAX_BODY_BYTES + 64 * 1024;
            config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES + 64 * 1024, SizeUnit.BYTES); // the import names a larger file
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES + 64 * 1024, SizeUnit.BYTES);
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(2_000);
                server.setErrorHandler(new JettyErrors());
            });
            config.routes.before(guard::before);
            new AssetRoutes().register(config.routes);
            LoginRoutes login = new LoginRoutes(guard, pages);
            login.register(config.routes);
            if (room.isPresent()) {
                login.registerTrainer(config.routes);
            }
            new HomeRoutes(app).register(config.routes);
            new StepRoutes(app).register(config.routes);
            new ReviewRoutes(app).register(config.routes);
            new ApiRoutes(toolkit).register(config.routes);
            room.ifPresent(site -> {
                new ParticipantRoutes(app, site).register(config.routes);
                new TrainerRoutes(app, site, options.host()).register(config.routes);
            });
            config.routes.error(404, ctx -> notFound(ctx, pages));
            config.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> HomeRoutes.unreadableBody(e, ctx, pages));
        });
        javalin.start();
        return new WebServer(javalin, options);
    }

    /** The address to open in a browser. */
    public URI address() {
        String host = options.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + javalin.port() + "/");
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static void notFound(io.javalin.http.Context ctx, Pages pages) {
        Guard.securityHeaders(ctx);
        if (ctx.path().startsWith("/api/")) {
            Api.error(ctx, HttpStatus.NOT_FOUND, WebTexts.of(Locale.FRENCH).get("problem.notFound.api"));
            return;
        }
        Session session = ctx.attribute(Guard.SESSION);
        pages.send(ctx, HttpStatus.NOT_FOUND, "problem", new Pages.PageFrame("fr",
                WebTexts.of(Locale.FRENCH).get("problem.notFound.title"), session == null ? "" : session.csrf()),
                Map.of("message", WebTexts.of(Locale.FRENCH).get("problem.notFound")));
    }
}

package fr.charteia.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;

/** The access code form, asked once per browser when the server is open to the network. */
final class LoginRoutes {

    private final Guard guard;
    private final Pages pages;

    LoginRoutes(Guard guard, Pages pages) {
        this.guard = guard;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> show(ctx, HttpStatus.OK, false));
        routes.post("/login", this::unlock);
    }

    /** The trainer's login of a room: the trainer's code only, never the participants'. */
    void registerTrainer(RoutesConfig routes) {
        routes.get(Guard.TRAINER_LOGIN, ctx -> showTrainer(ctx, HttpStatus.OK, false));
        routes.post(Guard.TRAINER_LOGIN, this::trainer);
    }

    private void trainer(Context ctx) {
        if (Guard.session(ctx).trainer()) {
            ctx.redirect(Guard.TRAINER_PATHS, HttpStatus.SEE_OTHER);
        } else if (guard.isTrainerCode(ctx.formParam("code"))) {
            guard.startTrainerSession(ctx);
            ctx.redirect(Guard.TRAINER_PATHS, HttpStatus.SEE_OTHER);
        } else {
            showTrainer(ctx, HttpStatus.UNAUTHORIZED, true);
        }
    }

    private void showTrainer(Context ctx, HttpStatus status, boolean wrongCode) {
        if (Guard.session(ctx).trainer()) {
            ctx.redirect(Guard.TRAINER_PATHS, HttpStatus.SEE_OTHER);
            return;
        }
        pages.send(ctx, status, "formateur-connexion", Pages.PageFrame.of(Locale.FRENCH,
                WebTexts.of(Locale.FRENCH).get("trainer.login.title"), Guard.session(ctx).csrf()),
                Map.of("wrongCode", wrongCode));
    }

    private void unlock(Context ctx) {
        if (Guard.session(ctx).unlocked()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else if (guard.isTrainerCode(ctx.formParam("code"))) {
            // the trainer typed their own code on the participants' form: their pages are what they want
            guard.startTrainerSession(ctx);
            ctx.redirect(Guard.TRAINER_PATHS, HttpStatus.SEE_OTHER);
        } else if (guard.isAccessCode(ctx.formParam("code"))) {
            guard.startSession(ctx, true);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else {
            show(ctx, HttpStatus.UNAUTHORIZED, true);
        }
    }

    private void show(Context ctx, HttpStatus status, boolean wrongCode) {
        if (Guard.session(ctx).unlocked()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        // the room's QR code opens this page with the code: it is filled in only when it is the right one,
        // so the page never echoes what a link made up
        String given = ctx.queryParam("code");
        String filled = !wrongCode && given != null && guard.isAccessCode(given) ? given.strip() : "";
        pages.send(ctx, status, "login", Pages.PageFrame.of(Locale.FRENCH,
                WebTexts.of(Locale.FRENCH).get("login.title"), Guard.session(ctx).csrf()),
                Map.of("wrongCode", wrongCode, "filled", filled));
    }
}

package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Positioning;
import fr.charteia.room.Room;
import fr.charteia.room.Stage;
import fr.charteia.web.WebApp;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The self-positioning, on joining ({@code /salle/positionnement/avant}) and at the end
 * ({@code …/apres}): every statement must be rated; a page with a statement left out comes back with
 * what was given and a summary linking to the statement.
 */
final class PositioningPage {

    static final String PREFIX = "s-";

    enum Moment {
        /** On joining: open until the rules are done, then it would no longer be « before ». */
        BEFORE("avant", Stage.POSITIONING_BEFORE, Stage.QUESTIONNAIRE, Stage.QUESTIONNAIRE),
        /** At the end: open once the rules are done. */
        AFTER("apres", Stage.POSITIONING_AFTER, Stage.DONE, Stage.SATISFACTION);

        final String path;
        final Stage from;
        final Stage until;
        final Stage next;

        Moment(String path, Stage from, Stage until, Stage next) {
            this.path = path;
            this.from = from;
            this.until = until;
            this.next = next;
        }
    }

    private final WebApp app;
    private final RoomSite site;
    private final Moment moment;

    PositioningPage(WebApp app, RoomSite site, Moment moment) {
        this.app = app;
        this.site = site;
        this.moment = moment;
    }

    void show(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, true);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        if (!open(participant)) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Integer> given = moment == Moment.BEFORE ? participant.before() : participant.after();
        send(ctx, HttpStatus.OK, room, given, List.of());
    }

    void submit(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, false);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        if (!open(participant)) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        Positioning positioning = site.questions().positioning();
        PositioningAnswers answers = PositioningAnswers.read(ctx, PREFIX,
                positioning.statements().stream().map(Positioning.Statement::id).toList(), positioning.scale().size());
        if (!answers.complete()) {
            send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, room, answers.given(), answers.missing());
            return;
        }
        String id = participant.id();
        Instant now = Instant.now();
        site.store().update(current -> current.withParticipant(id, p -> {
            Participant answered = moment == Moment.BEFORE ? p.withBefore(answers.given(), now)
                    : p.withAfter(answers.given(), now);
            return answered.stage().compareTo(moment.next) < 0 ? answered.withStage(moment.next, now) : answered;
        }));
        ctx.redirect("/salle", HttpStatus.SEE_OTHER);
    }

    private boolean open(Participant participant) {
        return participant.stage().compareTo(moment.from) >= 0 && participant.stage().compareTo(moment.until) <= 0;
    }

    private void send(Context ctx, HttpStatus status, Room room, Map<String, Integer> given, List<String> missing) {
        Positioning positioning = site.questions().positioning();
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, String>> errors = new ArrayList<>();
        for (Positioning.Statement statement : positioning.statements()) {
            boolean absent = missing.contains(statement.id());
            String message = ParticipantRoutes.TEXTS.get("salle.positioning.missing", statement.text());
            groups.add(PositioningAnswers.group(PREFIX, statement.id(), statement.text(), positioning.scale(), given, absent,
                    ParticipantRoutes.TEXTS.get("salle.scale.missing")));
            if (absent) {
                errors.add(Map.of("target", PREFIX + statement.id(), "message", message));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("action", "/salle/positionnement/" + moment.path);
        model.put("intro", ParticipantRoutes.TEXTS.get("salle.positioning." + moment.path + ".intro"));
        model.put("heading", ParticipantRoutes.TEXTS.get("salle.positioning." + moment.path + ".title"));
        model.put("hasErrors", !errors.isEmpty());
        model.put("errors", errors);
        model.put("errorTitle", ParticipantRoutes.TEXTS.get("salle.positioning.errors", errors.size()));
        model.put("groups", groups);
        app.pages().send(ctx, status, "salle-positionnement", ParticipantRoutes.frame(app, ctx,
                "salle.positioning." + moment.path + ".title"), model);
    }
}

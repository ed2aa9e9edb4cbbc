package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.Satisfaction;
import fr.charteia.room.SatisfactionQuestions;
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
 * {@code /salle/satisfaction}: the satisfaction questions on their scale and a free comment, open once
 * the self-positioning at the end is given. Answering again replaces the answers.
 */
final class SatisfactionFormPage {

    static final String PREFIX = "q-";
    static final int COMMENT_MAX = 2000;

    private final WebApp app;
    private final RoomSite site;

    SatisfactionFormPage(WebApp app, RoomSite site) {
        this.app = app;
        this.site = site;
    }

    void show(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, true);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        if (participant.stage().compareTo(Stage.SATISFACTION) < 0) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        Satisfaction given = participant.satisfaction();
        send(ctx, HttpStatus.OK, room, given.answers(), given.comment(), List.of(), false);
    }

    void submit(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, false);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        if (participant.stage().compareTo(Stage.SATISFACTION) < 0) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        SatisfactionQuestions questions = site.questions().satisfaction();
        PositioningAnswers answers = PositioningAnswers.read(ctx, PREFIX,
                questions.questions().stream().map(SatisfactionQuestions.Question::id).toList(), questions.scale().size());
        String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        boolean tooLong = comment.codePointCount(0, comment.length()) > COMMENT_MAX;
        if (!answers.complete() || tooLong) {
            send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, room, answers.given(), comment, answers.missing(), tooLong);
            return;
        }
        String id = participant.id();
        Instant now = Instant.now();
        site.store().update(current -> current.withParticipant(id, p -> p
                .withSatisfaction(new Satisfaction(answers.given(), comment, Optional.of(now)), now)
                .withStage(Stage.DONE, now)));
        ctx.redirect("/salle", HttpStatus.SEE_OTHER);
    }

    private void send(Context ctx, HttpStatus status, Room room, Map<String, Integer> given, String comment,
            List<String> missing, boolean tooLong) {
        SatisfactionQuestions questions = site.questions().satisfaction();
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, String>> errors = new ArrayList<>();
        for (SatisfactionQuestions.Question question : questions.questions()) {
            boolean absent = missing.contains(question.id());
            groups.add(PositioningAnswers.group(PREFIX, question.id(), question.text(), questions.scale(), given, absent,
                    ParticipantRoutes.TEXTS.get("salle.scale.missing")));
            if (absent) {
                errors.add(Map.of("target", PREFIX + question.id(),
                        "message", ParticipantRoutes.TEXTS.get("salle.positioning.missing", question.text())));
            }
        }
        List<String> commentError = tooLong
                ? List.of(ParticipantRoutes.TEXTS.get("salle.satisfaction.comment.tooLong", COMMENT_MAX,
                        comment.codePointCount(0, comment.length())))
                : List.of();
        commentError.forEach(message -> errors.add(Map.of("target", "comment", "message", message)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("hasErrors", !errors.isEmpty());
        model.put("errors", errors);
        model.put("errorTitle", ParticipantRoutes.TEXTS.get("salle.positioning.errors", errors.size()));
        model.put("groups", groups);
        model.put("commentLabel", questions.comment() == null || questions.comment().isBlank()
                ? ParticipantRoutes.TEXTS.get("salle.satisfaction.comment") : questions.comment());
        model.put("comment", comment);
        model.put("commentError", commentError);
        model.put("commentInvalid", tooLong);
        model.put("commentHint", ParticipantRoutes.TEXTS.get("salle.satisfaction.comment.hint", COMMENT_MAX));
        app.pages().send(ctx, status, "salle-satisfaction", ParticipantRoutes.frame(app, ctx, "salle.satisfaction.title"),
                model);
    }
}

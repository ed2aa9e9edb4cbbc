package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.Showing;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopSituation;
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
 * {@code /salle/situation}: the situation the trainer shows, the participant's answer (a new one
 * replaces the earlier) and, once revealed, the expected answer with its reason, reflex and references.
 * Nobody's answer is shown to anyone else: the trainer's screen only counts them.
 */
final class VotePage {

    static final int REFLEX_MAX = 500;

    private final WebApp app;
    private final RoomSite site;

    VotePage(WebApp app, RoomSite site) {
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
        Optional<Vote> earlier = room.showing().flatMap(showing -> room.votes().stream()
                .filter(v -> v.participantId().equals(participant.id()) && v.situationId().equals(showing.situationId()))
                .findFirst());
        send(ctx, HttpStatus.OK, room, earlier.map(Vote::answer).map(Enum::name).orElse(""),
                earlier.map(Vote::reflex).orElse(""), List.of(), earlier.isPresent(), false);
    }

    void submit(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, false);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        Optional<Showing> showing = room.showing();
        String asked = Optional.ofNullable(ctx.formParam("situation")).orElse("");
        if (showing.isEmpty() || showing.get().revealed() || !showing.get().situationId().equals(asked)) {
            // the trainer moved on, or showed the answer, while the form was open
            send(ctx, HttpStatus.CONFLICT, room, "", "", List.of(), false, true);
            return;
        }
        String answer = Optional.ofNullable(ctx.formParam("answer")).orElse("");
        String reflex = Optional.ofNullable(ctx.formParam("reflex")).orElse("").strip();
        Optional<SituationAnswer> chosen = parse(answer);
        List<Map<String, String>> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(Map.of("target", "answer", "message", ParticipantRoutes.TEXTS.get("salle.vote.answer.missing")));
        }
        int length = reflex.codePointCount(0, reflex.length());
        if (length > REFLEX_MAX) {
            errors.add(Map.of("target", "reflex", "message",
                    ParticipantRoutes.TEXTS.get("salle.vote.reflex.tooLong", REFLEX_MAX, length)));
        }
        if (!errors.isEmpty()) {
            send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, room, answer, reflex, errors, false, false);
            return;
        }
        String id = participant.id();
        Instant now = Instant.now();
        site.store().update(current -> current.showing().map(Showing::situationId).filter(asked::equals).isPresent()
                ? current.withVote(new Vote(asked, id, chosen.get(), reflex, now))
                        .withParticipant(id, p -> p.changedAt(now))
                : current);
        ctx.redirect("/salle/situation", HttpStatus.SEE_OTHER);
    }

    private static Optional<SituationAnswer> parse(String answer) {
        for (SituationAnswer value : SituationAnswer.values()) {
            if (value.name().equals(answer)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private void send(Context ctx, HttpStatus status, Room room, String answer, String reflex,
            List<Map<String, String>> errors, boolean recorded, boolean movedOn) {
        Optional<Showing> showing = room.showing();
        Optional<WorkshopSituation> situation = showing.flatMap(s -> site.catalogue().situation(room, s.situationId()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("movedOn", movedOn);
        model.put("poll", ParticipantRoutes.poll(room));
        model.put("hasErrors", !errors.isEmpty());
        model.put("errors", errors);
        model.put("errorTitle", ParticipantRoutes.TEXTS.get("salle.positioning.errors", errors.size()));
        model.put("answerError", errors.stream().filter(e -> e.get("target").equals("answer")).map(e -> e.get("message")).toList());
        model.put("reflexError", errors.stream().filter(e -> e.get("target").equals("reflex")).map(e -> e.get("message")).toList());
        model.put("answerInvalid", errors.stream().anyMatch(e -> e.get("target").equals("answer")));
        model.put("nothing", situation.isEmpty());
        List<Map<String, Object>> shown = new ArrayList<>();
        situation.ifPresent(s -> shown.add(shown(s, showing.get(), answer, reflex, recorded)));
        model.put("situation", shown);
        app.pages().send(ctx, status, "salle-situation", ParticipantRoutes.frame(app, ctx, "salle.vote.title"), model);
    }

    private Map<String, Object> shown(WorkshopSituation situation, Showing showing, String answer, String reflex,
            boolean recorded) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", situation.id());
        model.put("text", situation.situation());
        model.put("workshop", ParticipantRoutes.TEXTS.get("salle.vote.workshop", showing.workshop()));
        model.put("revealed", showing.revealed());
        model.put("open", !showing.revealed());
        List<Map<String, Object>> options = new ArrayList<>();
        for (SituationAnswer value : SituationAnswer.values()) {
            options.add(Map.of("id", "answer-" + value.name().toLowerCase(java.util.Locale.ROOT), "value", value.name(),
                    "label", label(value), "checked", value.name().equals(answer)));
        }
        model.put("options", options);
        model.put("reflex", reflex);
        model.put("reflexMax", REFLEX_MAX);
        model.put("reflexHint", ParticipantRoutes.TEXTS.get("salle.vote.reflex.hint", REFLEX_MAX));
        model.put("recorded", recorded && !answer.isEmpty()
                ? List.of(ParticipantRoutes.TEXTS.get(showing.revealed() ? "salle.vote.recorded.final" : "salle.vote.recorded",
                        label(SituationAnswer.valueOf(answer))))
                : List.of());
        List<Map<String, Object>> reveal = new ArrayList<>();
        if (showing.revealed()) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("answer", label(situation.expected()));
            expected.put("reason", situation.reason());
            expected.put("reflex", situation.reflex());
            expected.put("hasReflex", situation.reflex() != null && !situation.reflex().isBlank());
            List<String> references = situation.references().stream()
                    .map(ref -> site.catalogue().reference(ref).orElse(ref)).toList();
            expected.put("references", references);
            expected.put("hasReferences", !references.isEmpty());
            reveal.add(expected);
        }
        model.put("reveal", reveal);
        return model;
    }

    static String label(SituationAnswer answer) {
        return ParticipantRoutes.TEXTS.get("salle.answer." + answer.name());
    }
}

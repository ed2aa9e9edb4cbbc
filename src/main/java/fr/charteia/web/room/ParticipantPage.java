package fr.charteia.web.room;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.RulesReview;
import fr.charteia.room.Stage;
import fr.charteia.web.DraftSession;
import fr.charteia.web.WebApp;
import fr.charteia.web.drafts.Draft;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.form.FormTexts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /salle}: the participant's own page. Where they are, their questionnaire, the trainer's word
 * on their rules, the situation on screen, then the end of the session and their documents.
 */
final class ParticipantPage {

    private static final List<String> DOCUMENTS = List.of("charter.pdf", "charter.docx", "sheet.pdf", "sheet.docx");

    private final WebApp app;
    private final RoomSite site;

    ParticipantPage(WebApp app, RoomSite site) {
        this.app = app;
        this.site = site;
    }

    void show(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, false);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        send(ctx, HttpStatus.OK, room, participant, List.of());
    }

    /**
     * « J'ai terminé mes repères »: only a questionnaire without errors ends the rules. Rules the trainer
     * sent back are finished again from any later stage: the participant keeps the positioning and
     * satisfaction they gave, and their rules go back to the trainer as pending review.
     */
    void finishRules(Context ctx) throws IOException {
        Optional<Seat> seat = Seat.taken(app, site, ctx, false);
        if (seat.isEmpty()) {
            return;
        }
        Room room = seat.get().room();
        Participant participant = seat.get().participant();
        Participant who = participant;
        if (!mayFinish(who)) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        Optional<CheckedQuestionnaire> checked = checked(ctx, who);
        long errors = checked.map(c -> c.report().errors()).orElse(0L);
        if (checked.isEmpty() || !checked.get().valid()) {
            send(ctx, HttpStatus.CONFLICT, room, who, List.of(Map.of(
                    "message", ParticipantRoutes.TEXTS.get("salle.page.finish.refused", errors),
                    "link", "/drafts/" + who.draftId() + "/review")));
            return;
        }
        Instant now = Instant.now();
        Room finished = site.store().update(current -> current.withParticipant(who.id(), p -> finished(p, now)));
        boolean moved = finished.participant(who.id()).map(p -> p.stage() == Stage.POSITIONING_AFTER
                && who.stage() == Stage.QUESTIONNAIRE).orElse(false);
        ctx.redirect(moved ? "/salle/positionnement/apres" : "/salle", HttpStatus.SEE_OTHER);
    }

    /** At the questionnaire, or later with the rules sent back to be fixed. */
    static boolean mayFinish(Participant who) {
        return who.stage() == Stage.QUESTIONNAIRE
                || who.stage().compareTo(Stage.QUESTIONNAIRE) > 0 && who.review().status() == RulesReview.Status.SENT_BACK;
    }

    /** The participant once their rules are finished: on to the positioning at the end, sent-back rules pending again. */
    private static Participant finished(Participant p, Instant now) {
        if (!mayFinish(p)) {
            return p;
        }
        Participant next = p.stage() == Stage.QUESTIONNAIRE ? p.withStage(Stage.POSITIONING_AFTER, now) : p.changedAt(now);
        return p.review().status() == RulesReview.Status.SENT_BACK ? next.withReview(RulesReview.PENDING) : next;
    }

    private Optional<Draft> draft(Context ctx, Participant who) throws IOException {
        Optional<DraftId> id = DraftId.parse(who.draftId());
        return id.isEmpty() ? Optional.empty() : app.drafts(ctx).find(id.get());
    }

    private Optional<CheckedQuestionnaire> checked(Context ctx, Participant who) throws IOException {
        Optional<Draft> draft = draft(ctx, who);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DraftSession.check(app, draft.get().id(), draft.get().yaml(), Locale.FRENCH));
    }

    private void send(Context ctx, HttpStatus status, Room room, Participant who, List<Map<String, String>> refusal)
            throws IOException {
        var texts = ParticipantRoutes.TEXTS;
        Stage stage = who.stage();
        Optional<Draft> draft = draft(ctx, who);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("closed", room.isClosed());
        model.put("poll", ParticipantRoutes.poll(room));
        model.put("open", !room.isClosed());
        model.put("pseudonym", who.pseudonym());
        model.put("department", who.department());
        model.put("stages", stages(stage));
        model.put("hasDraft", draft.isPresent());
        model.put("draftLink", "/drafts/" + who.draftId() + "/steps/1");
        model.put("reviewLink", "/drafts/" + who.draftId() + "/review");
        model.put("lastStep", who.questionnaireStep() < 1 ? List.of() : List.of(Map.of(
                "link", "/drafts/" + who.draftId() + "/steps/" + who.questionnaireStep(),
                "text", texts.get("salle.page.lastStep", who.questionnaireStep(),
                        FormTexts.of(Locale.FRENCH).get("step." + who.questionnaireStep() + ".short")))));
        RulesReview review = who.review();
        model.put("validated", review.status() == RulesReview.Status.VALIDATED);
        model.put("sentBack", review.status() == RulesReview.Status.SENT_BACK);
        model.put("pending", review.status() == RulesReview.Status.PENDING);
        model.put("reviewComment", review.comment() == null || review.comment().isBlank() ? List.of() : List.of(review.comment()));
        model.put("showing", room.isClosed() ? List.of() : room.showing()
                .flatMap(s -> site.catalogue().situation(room, s.situationId()))
                .map(s -> List.of(Map.of("text", s.situation()))).orElse(List.of()));
        boolean open = !room.isClosed();
        model.put("positioningBefore", open && stage.compareTo(Stage.QUESTIONNAIRE) <= 0);
        model.put("beforeGiven", !who.before().isEmpty());
        model.put("finish", open && mayFinish(who));
        model.put("refusal", refusal);
        model.put("positioningAfter", open && stage.compareTo(Stage.POSITIONING_AFTER) >= 0);
        model.put("afterGiven", !who.after().isEmpty());
        model.put("satisfaction", open && stage.compareTo(Stage.SATISFACTION) >= 0);
        model.put("satisfactionGiven", who.satisfaction().given());
        model.put("done", stage == Stage.DONE);
        model.put("downloads", downloads(ctx, who, draft));
        app.pages().send(ctx, status, "salle-accueil", app.frame(ctx, Locale.FRENCH, room.title()), model);
    }

    private List<Map<String, Object>> stages(Stage current) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(Map.of("label", ParticipantRoutes.TEXTS.get("salle.stage." + stage.name()),
                    "current", stage == current, "done", stage.compareTo(current) < 0));
        }
        return stages;
    }

    /**
     * The documents, once the participant reached the end: the existing download routes of their own
     * draft. A draft with errors offers its questionnaire only, and says where to fix it.
     */
    private List<Map<String, Object>> downloads(Context ctx, Participant who, Optional<Draft> draft) {
        if (who.stage().compareTo(Stage.SATISFACTION) < 0 || draft.isEmpty()) {
            return List.of();
        }
        CheckedQuestionnaire checked = DraftSession.check(app, draft.get().id(), draft.get().yaml(), Locale.FRENCH);
        String base = "/drafts/" + who.draftId() + "/download/";
        List<Map<String, String>> links = new ArrayList<>();
        if (checked.valid()) {
            for (String file : DOCUMENTS) {
                links.add(Map.of("href", base + file, "text", ParticipantRoutes.TEXTS.get("salle.download." + file)));
            }
        }
        links.add(Map.of("href", base + "questionnaire.yaml",
                "text", ParticipantRoutes.TEXTS.get("salle.download.questionnaire.yaml")));
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("links", links);
        block.put("blocked", checked.valid() ? List.of()
                : List.of(ParticipantRoutes.TEXTS.get("salle.download.blocked", checked.report().errors())));
        return List.of(block);
    }
}

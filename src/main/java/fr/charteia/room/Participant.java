package fr.charteia.room;

import java.time.Instant;
import java.util.Map;

/**
 * Someone who joined the room.
 *
 * @param id 16 random hex digits, used in the trainer's URLs; never shown to other participants
 * @param owner the owner of the participant's browser session: their draft lives in that session's store
 * @param pseudonym a first name or pseudonym, as typed
 * @param department the department they write the rules for
 * @param joined when they joined
 * @param draftId their draft (a {@code web.drafts.DraftId} value)
 * @param stage where they are in the session
 * @param questionnaireStep the last step of the questionnaire they opened (1 to 10), 0 before any
 * @param before self-positioning on joining: statement id to 1 (pas du tout) … 4 (tout à fait)
 * @param after self-positioning at the end, the same way; empty until given
 * @param review the trainer's review of the rules they defined
 * @param satisfaction their answers to the satisfaction questionnaire
 * @param lastChange the last time they saved anything (draft or answer)
 */
public record Participant(
        String id,
        String owner,
        String pseudonym,
        String department,
        Instant joined,
        String draftId,
        Stage stage,
        int questionnaireStep,
        Map<String, Integer> before,
        Map<String, Integer> after,
        RulesReview review,
        Satisfaction satisfaction,
        Instant lastChange) {

    public Participant {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public static Participant joined(String id, String owner, String pseudonym, String department, Instant now,
            String draftId) {
        return new Participant(id, owner, pseudonym, department, now, draftId, Stage.POSITIONING_BEFORE, 0, Map.of(),
                Map.of(), RulesReview.PENDING, Satisfaction.NONE, now);
    }

    public Participant withStage(Stage next, Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, next, questionnaireStep, before, after,
                review, satisfaction, now);
    }

    public Participant withQuestionnaireStep(int step, Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, step, before, after, review,
                satisfaction, now);
    }

    public Participant withBefore(Map<String, Integer> answers, Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, questionnaireStep, answers, after,
                review, satisfaction, now);
    }

    public Participant withAfter(Map<String, Integer> answers, Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, questionnaireStep, before, answers,
                review, satisfaction, now);
    }

    public Participant withReview(RulesReview given) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, questionnaireStep, before, after,
                given, satisfaction, lastChange);
    }

    public Participant withSatisfaction(Satisfaction given, Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, questionnaireStep, before, after,
                review, given, now);
    }

    public Participant changedAt(Instant now) {
        return new Participant(id, owner, pseudonym, department, joined, draftId, stage, questionnaireStep, before, after,
                review, satisfaction, now);
    }
}

package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.web.WebApp;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * What the trainer's dashboard learns from the questionnaire's pages: the step a participant opened.
 * When they last saved needs no record: the dashboard reads it from their draft's file. Only the draft
 * the session's own participant owns counts; outside a room, or for any other draft, nothing happens.
 */
public final class ParticipantProgress {

    private ParticipantProgress() {
    }

    /** The participant opened step {@code step} of draft {@code draftId}. */
    public static void opened(WebApp app, Context ctx, String draftId, int step) throws IOException {
        update(app, ctx, draftId, p -> p.questionnaireStep() == step ? p : p.withQuestionnaireStep(step, p.lastChange()));
    }

    private static void update(WebApp app, Context ctx, String draftId,
            java.util.function.UnaryOperator<Participant> change) throws IOException {
        if (app.room().isEmpty()) {
            return;
        }
        String owner = WebApp.session(ctx).owner();
        Room room = app.room().get().store().room();
        Optional<Participant> participant = room.participantOwnedBy(owner).filter(p -> p.draftId().equals(draftId));
        if (participant.isEmpty() || room.isClosed()) {
            return;
        }
        String id = participant.get().id();
        app.room().get().store().update(current -> current.withParticipant(id, change));
    }
}

package fr.charteia.web.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.web.WebApp;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /salle/rejoindre}: the notice on what is kept, and the two fields. Joining makes the
 * participant and their draft; a session that joined already goes to its room page.
 */
final class JoinPage {

    static final int PSEUDONYM_MAX = 40;
    static final int DEPARTMENT_MAX = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebApp app;
    private final RoomSite site;

    JoinPage(WebApp app, RoomSite site) {
        this.app = app;
        this.site = site;
    }

    void show(Context ctx) throws IOException {
        Room room = site.store().room();
        if (ParticipantRoutes.participant(room, ctx).isPresent()) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
        } else if (room.isClosed()) {
            ParticipantRoutes.showClosed(app, ctx);
        } else {
            send(ctx, HttpStatus.OK, room, "", "", List.of());
        }
    }

    void submit(Context ctx) throws IOException {
        Room room = site.store().room();
        if (ParticipantRoutes.participant(room, ctx).isPresent()) {
            ctx.redirect("/salle", HttpStatus.SEE_OTHER);
            return;
        }
        String pseudonym = Optional.ofNullable(ctx.formParam("pseudonym")).orElse("").strip();
        String department = Optional.ofNullable(ctx.formParam("department")).orElse("").strip();
        List<Map<String, String>> errors = new ArrayList<>();
        check(errors, "pseudonym", pseudonym, PSEUDONYM_MAX);
        check(errors, "department", department, DEPARTMENT_MAX);
        if (!errors.isEmpty()) {
            send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, room, pseudonym, department, errors);
            return;
        }
        String owner = WebApp.session(ctx).owner();
        DraftStore drafts = app.drafts(ctx);
        DraftId draft = drafts.create(JoinDraft.yaml(department, baseline()));
        String id = HexFormat.of().formatHex(randomBytes());
        Instant now = Instant.now();
        Room joined = site.store().update(current -> current.participantOwnedBy(owner).isPresent() ? current
                : current.withParticipant(Participant.joined(id, owner, pseudonym, department, now, draft.value())));
        if (!joined.participantOwnedBy(owner).map(p -> p.draftId().equals(draft.value())).orElse(false)) {
            // the same browser joined twice at once: its first draft stays, this one goes
            drafts.delete(draft);
        }
        ctx.redirect("/salle/positionnement/avant", HttpStatus.SEE_OTHER);
    }

    private Optional<JsonNode> baseline() throws IOException {
        if (site.baselineFile().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(new YAMLMapper().readTree(Files.readAllBytes(site.baselineFile().get())));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void check(List<Map<String, String>> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(Map.of("field", field, "message", ParticipantRoutes.TEXTS.get("salle.join." + field + ".missing")));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(Map.of("field", field, "message", ParticipantRoutes.TEXTS.get("salle.join." + field + ".tooLong", max)));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(Map.of("field", field, "message", ParticipantRoutes.TEXTS.get("salle.join.control")));
        }
    }

    private void send(Context ctx, HttpStatus status, Room room, String pseudonym, String department,
            List<Map<String, String>> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("pseudonym", pseudonym);
        model.put("department", department);
        model.put("hasErrors", !errors.isEmpty());
        model.put("errors", errors);
        model.put("pseudonymError", errorOf(errors, "pseudonym"));
        model.put("departmentError", errorOf(errors, "department"));
        model.put("pseudonymInvalid", !errorOf(errors, "pseudonym").isEmpty());
        model.put("departmentInvalid", !errorOf(errors, "department").isEmpty());
        model.put("pseudonymMax", PSEUDONYM_MAX);
        model.put("departmentMax", DEPARTMENT_MAX);
        model.put("baseline", site.baselineFile().isPresent());
        app.pages().send(ctx, status, "salle-rejoindre", ParticipantRoutes.frame(app, ctx, "salle.join.title"), model);
    }

    private static List<String> errorOf(List<Map<String, String>> errors, String field) {
        return errors.stream().filter(e -> e.get("field").equals(field)).map(e -> e.get("message")).toList();
    }
}

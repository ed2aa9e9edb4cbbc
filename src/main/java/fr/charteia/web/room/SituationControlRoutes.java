package fr.charteia.web.room;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.charteia.room.Room;
import fr.charteia.room.Showing;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopSituation;
import fr.charteia.web.WebApp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trainer's control of the workshops' situations: the catalogue and the trainer's own, one shown on
 * every participant's screen for workshop 2, 4 or 6, the distribution of their answers, then the expected
 * answer with its reason and references once revealed.
 */
final class SituationControlRoutes {

    static final int MAX_TEXT = 2000;
    private static final Set<Integer> WORKSHOPS = Set.of(2, 4, 6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebApp app;
    private final RoomSite room;

    SituationControlRoutes(WebApp app, RoomSite room) {
        this.app = app;
        this.room = room;
    }

    void register(RoutesConfig routes) {
        routes.get("/formateur/situations", ctx -> page(ctx, HttpStatus.OK, Map.of()));
        routes.post("/formateur/situations/montrer", this::show);
        routes.post("/formateur/situations/reveler", this::reveal);
        routes.post("/formateur/situations/masquer", this::hide);
        routes.post("/formateur/situations/ajouter", this::add);
        routes.get("/formateur/situations/resultats.json", this::results);
    }

    /** The answers given to a situation, per answer, in the scale's order. */
    static Map<SituationAnswer, Integer> counts(Room current, String situationId) {
        Map<SituationAnswer, Integer> counts = new EnumMap<>(SituationAnswer.class);
        for (SituationAnswer answer : SituationAnswer.values()) {
            counts.put(answer, 0);
        }
        current.votes().stream().filter(v -> v.situationId().equals(situationId))
                .forEach(v -> counts.merge(v.answer(), 1, Integer::sum));
        return counts;
    }

    private void page(Context ctx, HttpStatus status, Map<String, Object> form) throws IOException {
        Room current = room.store().room();
        Map<String, Object> model = TrainerRoutes.model(current);
        Optional<Showing> showing = current.showing();
        Optional<WorkshopSituation> shown = showing.flatMap(s -> room.catalogue().situation(current, s.situationId()));
        model.put("hasShowing", shown.isPresent());
        if (shown.isPresent()) {
            model.putAll(shownModel(current, showing.get(), shown.get()));
        }
        model.put("catalogue", list(room.catalogue().situations(), showing));
        model.put("hasCatalogue", !room.catalogue().situations().isEmpty());
        model.put("own", list(current.ownSituations(), showing));
        model.put("hasOwn", !current.ownSituations().isEmpty());
        model.put("formError", form.getOrDefault("formError", ""));
        model.put("hasFormError", form.containsKey("formError"));
        model.put("newSituation", form.getOrDefault("situation", ""));
        model.put("newReason", form.getOrDefault("reason", ""));
        model.put("newReflex", form.getOrDefault("reflex", ""));
        String expected = (String) form.getOrDefault("expected", "");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (SituationAnswer answer : SituationAnswer.values()) {
            answers.add(Map.of("value", answer.name(), "label", label(answer), "checked", answer.name().equals(expected),
                    "id", "expected-" + answer.name().toLowerCase(java.util.Locale.ROOT)));
        }
        model.put("answers", answers);
        model.put("maxText", MAX_TEXT);
        app.pages().send(ctx, status, "formateur-situations", app.frame(ctx, TrainerRoutes.FRENCH,
                TrainerRoutes.texts().get("trainer.situations.title")), model);
    }

    private Map<String, Object> shownModel(Room current, Showing showing, WorkshopSituation shown) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<SituationAnswer, Integer> counts = counts(current, shown.id());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<SituationAnswer, Integer> count : counts.entrySet()) {
            int percent = total == 0 ? 0 : Math.round(100f * count.getValue() / total);
            rows.add(Map.of("label", label(count.getKey()), "count", count.getValue(), "percent", percent,
                    // bars are drawn by classes in steps of 5 %: the CSP allows no style attribute
                    "barClass", "bar-" + (Math.round(percent / 5f) * 5), "key", count.getKey().name()));
        }
        model.put("shownId", shown.id());
        model.put("shownText", shown.situation());
        model.put("shownWorkshop", TrainerRoutes.texts().get("trainer.situations.workshop", showing.workshop()));
        model.put("since", TrainerRoutes.time(showing.since()));
        model.put("distribution", rows);
        model.put("total", TrainerRoutes.texts().get("trainer.situations.total", total, current.participants().size()));
        model.put("revealed", showing.revealed());
        model.put("expected", label(shown.expected()));
        model.put("reason", shown.reason());
        model.put("reflex", shown.reflex());
        model.put("hasReflex", !shown.reflex().isBlank());
        List<String> references = shown.references().stream()
                .map(id -> room.catalogue().reference(id).orElse(id)).toList();
        model.put("references", references);
        model.put("hasReferences", !references.isEmpty());
        List<String> reflexes = current.votes().stream().filter(v -> v.situationId().equals(shown.id()))
                .map(Vote::reflex).map(String::strip).filter(r -> !r.isEmpty()).toList();
        model.put("reflexes", reflexes);
        model.put("hasReflexes", !reflexes.isEmpty());
        return model;
    }

    private List<Map<String, Object>> list(List<WorkshopSituation> situations, Optional<Showing> showing) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (WorkshopSituation situation : situations) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", situation.id());
            item.put("text", situation.situation());
            item.put("expected", label(situation.expected()));
            item.put("onScreen", showing.filter(s -> s.situationId().equals(situation.id())).isPresent());
            list.add(item);
        }
        return list;
    }

    static String label(SituationAnswer answer) {
        return TrainerRoutes.texts().get("trainer.answer." + answer.name());
    }

    private boolean refusedWhenClosed(Context ctx) throws IOException {
        if (room.store().room().isClosed()) {
            TrainerRoutes.problem(app, ctx, HttpStatus.CONFLICT, TrainerRoutes.texts().get("trainer.closed.refused"));
            return true;
        }
        return false;
    }

    private void show(Context ctx) throws IOException {
        if (refusedWhenClosed(ctx)) {
            return;
        }
        String id = Optional.ofNullable(ctx.formParam("situation")).orElse("");
        int workshop;
        try {
            workshop = Integer.parseInt(Optional.ofNullable(ctx.formParam("workshop")).orElse(""));
        } catch (NumberFormatException e) {
            workshop = 0;
        }
        if (room.catalogue().situation(room.store().room(), id).isEmpty()) {
            page(ctx, HttpStatus.BAD_REQUEST, Map.of("formError", TrainerRoutes.texts().get("trainer.situations.unknown")));
            return;
        }
        if (!WORKSHOPS.contains(workshop)) {
            page(ctx, HttpStatus.BAD_REQUEST, Map.of("formError", TrainerRoutes.texts().get("trainer.situations.badWorkshop")));
            return;
        }
        Showing showing = new Showing(id, workshop, false, Instant.now());
        room.store().update(current -> current.isClosed() ? current : current.withShowing(Optional.of(showing)));
        ctx.redirect("/formateur/situations", HttpStatus.SEE_OTHER);
    }

    private void reveal(Context ctx) throws IOException {
        if (refusedWhenClosed(ctx)) {
            return;
        }
        if (room.store().room().showing().isEmpty()) {
            page(ctx, HttpStatus.CONFLICT, Map.of("formError", TrainerRoutes.texts().get("trainer.situations.nothingShown")));
            return;
        }
        room.store().update(current -> current.withShowing(current.showing()
                .map(s -> new Showing(s.situationId(), s.workshop(), true, s.since()))));
        ctx.redirect("/formateur/situations", HttpStatus.SEE_OTHER);
    }

    private void hide(Context ctx) throws IOException {
        room.store().update(current -> current.withShowing(Optional.empty()));
        ctx.redirect("/formateur/situations", HttpStatus.SEE_OTHER);
    }

    private void add(Context ctx) throws IOException {
        if (refusedWhenClosed(ctx)) {
            return;
        }
        String text = field(ctx, "situation");
        String expected = field(ctx, "expected");
        String reason = field(ctx, "reason");
        String reflex = field(ctx, "reflex");
        Map<String, Object> form = new LinkedHashMap<>(Map.of("situation", text, "expected", expected, "reason", reason,
                "reflex", reflex));
        Optional<SituationAnswer> answer = java.util.Arrays.stream(SituationAnswer.values())
                .filter(a -> a.name().equals(expected)).findFirst();
        String problem = null;
        if (text.isEmpty() || reason.isEmpty()) {
            problem = TrainerRoutes.texts().get("trainer.situations.add.missing");
        } else if (answer.isEmpty()) {
            problem = TrainerRoutes.texts().get("trainer.situations.add.expectedMissing");
        } else if (java.util.stream.Stream.of(text, reason, reflex).anyMatch(s -> s.length() > MAX_TEXT)) {
            problem = TrainerRoutes.texts().get("trainer.situations.add.long", MAX_TEXT);
        }
        if (problem != null) {
            form.put("formError", problem);
            page(ctx, HttpStatus.BAD_REQUEST, form);
            return;
        }
        room.store().update(current -> {
            List<WorkshopSituation> own = new ArrayList<>(current.ownSituations());
            own.add(new WorkshopSituation(nextOwnId(current), text, answer.get(), reason, reflex, List.of()));
            return current.withOwnSituations(own);
        });
        ctx.redirect("/formateur/situations#propres", HttpStatus.SEE_OTHER);
    }

    /** {@code own-N}, N one more than the highest the trainer used: ids stay stable for votes already given. */
    static String nextOwnId(Room current) {
        int highest = 0;
        for (WorkshopSituation own : current.ownSituations()) {
            if (own.id().matches("own-\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(own.id().substring(4)));
            }
        }
        return "own-" + (highest + 1);
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private void results(Context ctx) throws IOException {
        Room current = room.store().room();
        Map<String, Object> json = new LinkedHashMap<>();
        Optional<Showing> showing = current.showing();
        json.put("showing", showing.map(Showing::situationId).orElse(null));
        json.put("workshop", showing.map(Showing::workshop).orElse(null));
        json.put("revealed", showing.map(Showing::revealed).orElse(false));
        json.put("participants", current.participants().size());
        json.put("closed", current.isClosed());
        if (showing.isPresent()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts(current, showing.get().situationId()).forEach((answer, count) -> counts.put(answer.name(), count));
            json.put("counts", counts);
            json.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        } else {
            json.put("counts", Map.of());
            json.put("total", 0);
        }
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(json));
    }
}

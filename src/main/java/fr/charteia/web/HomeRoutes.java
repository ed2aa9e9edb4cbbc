package fr.charteia.web;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.model.Questionnaire;
import fr.charteia.starter.StarterQuestionnaire;
import fr.charteia.web.drafts.Draft;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import fr.charteia.web.form.DraftYaml;
import fr.charteia.web.room.ParticipantRoutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The home page: the drafts of this browser, and the ways to start one. Deleting asks first. */
final class HomeRoutes {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final WebApp app;

    HomeRoutes(WebApp app) {
        this.app = app;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.post("/drafts", this::create);
        routes.post("/drafts/import", this::importFile);
        routes.get("/drafts/{id}", ctx -> ctx.redirect("/drafts/" + draft(ctx).id() + "/steps/1", HttpStatus.SEE_OTHER));
        routes.get("/drafts/{id}/delete", this::confirmDelete);
        routes.post("/drafts/{id}/delete", this::delete);
    }

    private void home(Context ctx) throws IOException {
        if (app.room().isPresent()) {
            // in the trainer's room, a participant's home is their room page
            ctx.redirect(ParticipantRoutes.entry(app.room().get(), ctx), HttpStatus.SEE_OTHER);
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Draft draft : app.drafts(ctx).list()) {
            rows.add(row(draft));
        }
        List<Map<String, String>> samples = Samples.NAMES.stream()
                .map(name -> Map.of("name", name, "label", WebTexts.of(Locale.FRENCH).get("sample." + name))).toList();
        app.pages().send(ctx, "home", app.frame(ctx, Locale.FRENCH, WebTexts.of(Locale.FRENCH).get("home.title")),
                Map.of("drafts", rows, "hasDrafts", !rows.isEmpty(), "samples", samples));
    }

    private Map<String, Object> row(Draft draft) {
        CheckedQuestionnaire checked = check(draft);
        String department = checked.questionnaire().map(Questionnaire::service)
                .map(service -> service.name()).filter(name -> name != null && !name.isBlank())
                .orElse(WebTexts.of(Locale.FRENCH).get("home.unnamed"));
        long errors = checked.report().errors();
        long warnings = checked.report().warnings();
        WebTexts texts = WebTexts.of(Locale.FRENCH);
        String verdict = !checked.report().readable() ? texts.get("verdict.unreadable")
                : errors > 0 ? texts.get("verdict.errors", errors, warnings)
                : warnings > 0 ? texts.get("verdict.warnings", warnings) : texts.get("verdict.valid");
        return Map.of("id", draft.id().value(), "department", department,
                "changed", CHANGED.format(draft.changed().atZone(ZoneId.systemDefault())),
                "verdict", verdict, "valid", checked.valid());
    }

    private CheckedQuestionnaire check(Draft draft) {
        return app.toolkit().validate(new QuestionnaireSource(draft.id() + ".yaml", draft.yaml(), app.draftFolder()),
                Locale.FRENCH);
    }

    private void create(Context ctx) throws IOException {
        String start = Optional.ofNullable(ctx.formParam("start")).orElse("");
        Optional<byte[]> yaml = start.equals("starter")
                ? Optional.of(StarterQuestionnaire.render().getBytes(StandardCharsets.UTF_8))
                : start.startsWith("sample:") ? Samples.read(start.substring("sample:".length())) : Optional.empty();
        if (yaml.isEmpty()) {
            throw new NotFoundResponse();
        }
        DraftId id = app.drafts(ctx).create(yaml.get());
        ctx.redirect("/drafts/" + id + "/steps/1", HttpStatus.SEE_OTHER);
    }

    /**
     * A questionnaire file becomes a draft if it can be read; otherwise the page says why, with the
     * validator's words, and nothing is kept. JSON is stored as YAML, the form's format.
     */
    private void importFile(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        WebTexts texts = WebTexts.of(Locale.FRENCH);
        // a browser sends an empty part without a name when no file was chosen; an empty file has its name
        if (file == null || file.filename().isBlank()) {
            refuseImport(ctx, texts.get("import.none"), List.of());
            return;
        }
        if (file.size() > WebServer.MAX_BODY_BYTES) {
            refuseImport(ctx, texts.get("import.tooLarge", file.filename()), List.of());
            return;
        }
        byte[] bytes;
        try (var in = file.content()) {
            bytes = in.readNBytes((int) WebServer.MAX_BODY_BYTES + 1);
        }
        String given = file.filename().substring(Math.max(file.filename().lastIndexOf('/'), file.filename().lastIndexOf('\\')) + 1);
        boolean json = given.toLowerCase(Locale.ROOT).endsWith(".json");
        // the extension tells the loader the format; the name only appears in messages
        String name = json || given.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml") ? given : given + ".yaml";
        CheckedQuestionnaire checked = app.toolkit().validate(new QuestionnaireSource(name, bytes, Optional.empty()),
                Locale.FRENCH);
        Optional<com.fasterxml.jackson.databind.node.ObjectNode> tree = DraftYaml.read(bytes, json);
        if (!checked.report().readable() || tree.isEmpty()) {
            refuseImport(ctx, texts.get("import.unreadable", file.filename()),
                    checked.report().findings().stream().map(f -> f.message()).toList());
            return;
        }
        if (QuestionnaireKind.of(bytes) == QuestionnaireKind.ESTABLISHMENT) {
            // the form asks a department's questions: a baseline is edited as a file and generated on the command line
            refuseImport(ctx, texts.get("import.establishment", file.filename()), List.of());
            return;
        }
        DraftId id = app.drafts(ctx).create(json ? DraftYaml.write(tree.get()) : bytes);
        ctx.redirect("/drafts/" + id + "/steps/1", HttpStatus.SEE_OTHER);
    }

    /**
     * A request body the server could not read, past the size limit: an import too large to keep
     * even its file name is refused as such; any other form gets the general page.
     */
    static void unreadableBody(Exception e, Context ctx, Pages pages) {
        Guard.securityHeaders(ctx);
        Session session = ctx.attribute(Guard.SESSION);
        String csrf = session == null ? "" : session.csrf();
        WebTexts texts = WebTexts.of(Locale.FRENCH);
        if (ctx.path().equals("/drafts/import")) {
            pages.send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "import-refused", Pages.PageFrame.of(Locale.FRENCH,
                    texts.get("import.title"), csrf), Map.of("message", texts.get("import.tooLarge",
                    texts.get("import.chosen")), "details", List.of()));
        } else {
            pages.send(ctx, HttpStatus.BAD_REQUEST, "problem", Pages.PageFrame.of(Locale.FRENCH, texts.get("problem.title"),
                    csrf), Map.of("message", texts.get("problem.badRequest")));
        }
    }

    private void refuseImport(Context ctx, String message, List<String> details) {
        app.pages().send(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "import-refused",
                app.frame(ctx, Locale.FRENCH, WebTexts.of(Locale.FRENCH).get("import.title")),
                Map.of("message", message, "details", details));
    }

    private void confirmDelete(Context ctx) throws IOException {
        Draft draft = draft(ctx);
        app.pages().send(ctx, "delete", app.frame(ctx, Locale.FRENCH, WebTexts.of(Locale.FRENCH).get("delete.title")),
                row(draft));
    }

    private void delete(Context ctx) throws IOException {
        app.drafts(ctx).delete(draft(ctx).id());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The draft the URL names among this browser's drafts; anything else is a 404. */
    private Draft draft(Context ctx) throws IOException {
        DraftStore drafts = app.drafts(ctx);
        Optional<DraftId> id = DraftId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new NotFoundResponse();
        }
        return drafts.find(id.get()).orElseThrow(NotFoundResponse::new);
    }
}

package fr.charteia.web.room;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.RoomClosing;
import fr.charteia.room.RulesReview;
import fr.charteia.room.Stage;
import fr.charteia.room.report.SessionArchive;
import fr.charteia.room.report.SessionMaterial;
import fr.charteia.room.report.SessionReport;
import fr.charteia.validation.Finding;
import fr.charteia.web.WebApp;
import fr.charteia.web.WebTexts;
import fr.charteia.web.drafts.Draft;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The trainer's pages of the room, under {@code /formateur}: only a session opened with the trainer's code
 * (the guard sees to it). The dashboard, each participant's draft read-only with the review of their rules,
 * the situations of the workshops ({@link SituationControlRoutes}), the poster, the report, the archive and
 * the closing of the room.
 */
public final class TrainerRoutes {

    static final Locale FRENCH = Locale.FRENCH;
    static final int MAX_COMMENT = 2000;
    private static final Pattern PARTICIPANT_ID = Pattern.compile("[0-9a-f]{16}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final WebApp app;
    private final RoomSite room;
    private final String host;
    private final DashboardVerdicts verdicts;

    public TrainerRoutes(WebApp app, RoomSite room, String host) {
        this.app = app;
        this.room = room;
        this.host = host;
        this.verdicts = new DashboardVerdicts(app.toolkit(), app.draftFolder());
    }

    public TrainerRoutes(WebApp app, RoomSite room) {
        this(app, room, "127.0.0.1");
    }

    public void register(RoutesConfig routes) {
        routes.get("/formateur", this::dashboard);
        routes.get("/formateur/participants/{pid}", this::participant);
        routes.post("/formateur/participants/{pid}/reperes", this::review);
        routes.get("/formateur/affiche", this::poster);
        routes.get("/formateur/rapport.pdf", ctx -> report(ctx, true));
        routes.get("/formateur/rapport.xlsx", ctx -> report(ctx, false));
        routes.get("/formateur/archive.zip", this::archive);
        routes.get("/formateur/fermer", ctx -> closing(ctx, HttpStatus.OK, false));
        routes.post("/formateur/fermer", this::close);
        new SituationControlRoutes(app, room).register(routes);
    }

    static WebTexts texts() {
        return WebTexts.of(FRENCH);
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** The room's common model: its title and whether it is closed. */
    static Map<String, Object> model(Room room) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roomTitle", room.title());
        model.put("closed", room.isClosed());
        model.put("closedSentence", room.closed().map(at -> texts().get("trainer.closed", time(at))).orElse(""));
        return model;
    }

    private void dashboard(Context ctx) throws IOException {
        Room current = room.store().room();
        List<Map<String, Object>> rows = new ArrayList<>();
        int validated = 0;
        int sentBack = 0;
        int done = 0;
        for (Participant participant : current.participants()) {
            rows.add(row(participant));
            validated += participant.review().status() == RulesReview.Status.VALIDATED ? 1 : 0;
            sentBack += participant.review().status() == RulesReview.Status.SENT_BACK ? 1 : 0;
            done += participant.stage() == Stage.DONE ? 1 : 0;
        }
        Map<String, Object> model = model(current);
        model.put("rows", rows);
        model.put("hasRows", !rows.isEmpty());
        model.put("counts", texts().get("trainer.dashboard.counts", current.participants().size(), validated, sentBack,
                current.participants().size() - validated - sentBack, done));
        model.put("showing", current.showing().map(s -> texts().get("trainer.dashboard.showing", s.workshop()))
                .orElse(""));
        model.put("hasShowing", current.showing().isPresent());
        app.pages().send(ctx, "formateur-tableau", app.frame(ctx, FRENCH, texts().get("trainer.dashboard.title")), model);
    }

    private Map<String, Object> row(Participant participant) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", participant.id());
        row.put("pseudonym", participant.pseudonym());
        row.put("department", participant.department());
        row.put("stage", stage(participant));
        Optional<Draft> draft = RoomClosing.draft(app.workspace(), participant);
        if (draft.isPresent()) {
            DashboardVerdicts.Verdict verdict = verdicts.verdict(participant, draft.get().yaml());
            row.put("verdict", texts().get("trainer.verdict", verdict.errors(), verdict.warnings()));
            row.put("verdictKind", verdict.errors() > 0 ? "error" : verdict.warnings() > 0 ? "warning" : "ok");
        } else {
            row.put("verdict", texts().get("trainer.verdict.none"));
            row.put("verdictKind", "none");
        }
        Instant last = draft.map(Draft::changed).filter(d -> d.isAfter(participant.lastChange()))
                .orElse(participant.lastChange());
        row.put("lastChange", time(last));
        row.put("review", texts().get("trainer.review." + participant.review().status().name()));
        row.put("reviewKind", participant.review().status().name().toLowerCase(Locale.ROOT));
        return row;
    }

    static String stage(Participant participant) {
        String stage = texts().get("trainer.stage." + participant.stage().name());
        if (participant.stage() == Stage.QUESTIONNAIRE && participant.questionnaireStep() > 0) {
            return texts().get("trainer.stage.step", stage, participant.questionnaireStep());
        }
        return stage;
    }

    /** The participant the URL names; anything else, a guess included, is a 404 before anything is read. */
    private Participant participantOf(Context ctx) throws IOException {
        String pid = ctx.pathParam("pid");
        if (!PARTICIPANT_ID.matcher(pid).matches()) {
            throw new NotFoundResponse();
        }
        return room.store().room().participant(pid).orElseThrow(NotFoundResponse::new);
    }

    private void participant(Context ctx) throws IOException {
        Participant participant = participantOf(ctx);
        showParticipant(ctx, HttpStatus.OK, participant, Map.of());
    }

    private void showParticipant(Context ctx, HttpStatus status, Participant participant, Map<String, Object> form)
            throws IOException {
        Map<String, Object> model = model(room.store().room());
        model.put("id", participant.id());
        model.put("pseudonym", participant.pseudonym());
        model.put("department", participant.department());
        model.put("stage", stage(participant));
        model.put("review", texts().get("trainer.review." + participant.review().status().name()));
        model.put("reviewComment", participant.review().comment());
        model.put("hasReviewComment", !participant.review().comment().isEmpty());
        model.put("reviewAt", participant.review().at().map(TrainerRoutes::time).orElse(""));
        Optional<Draft> draft = RoomClosing.draft(app.workspace(), participant);
        model.put("hasDraft", draft.isPresent());
        List<Map<String, Object>> findings = new ArrayList<>();
        if (draft.isPresent()) {
            CheckedQuestionnaire checked = verdicts.check(participant, draft.get().yaml());
            List<Finding> all = checked.report().findings();
            all.stream().filter(Finding::isError).forEach(f -> findings.add(finding(f)));
            all.stream().filter(f -> !f.isError()).forEach(f -> findings.add(finding(f)));
            model.put("verdict", texts().get("trainer.verdict", checked.report().errors(), checked.report().warnings()));
            model.put("yaml", new String(draft.get().yaml(), StandardCharsets.UTF_8));
            model.put("changed", time(draft.get().changed()));
            model.putAll(TrainerDraftSummary.of(draft.get().yaml()));
        } else {
            model.put("verdict", texts().get("trainer.verdict.none"));
            model.put("yaml", "");
            model.put("changed", "");
            model.putAll(TrainerDraftSummary.of(new byte[0]));
        }
        model.put("findings", findings);
        model.put("hasFindings", !findings.isEmpty());
        RulesReview review = participant.review();
        model.put("formError", form.getOrDefault("formError", ""));
        model.put("hasFormError", form.containsKey("formError"));
        model.put("comment", form.getOrDefault("comment", review.comment()));
        String decision = (String) form.getOrDefault("decision",
                review.status() == RulesReview.Status.SENT_BACK ? "send_back" : "validate");
        model.put("validateChecked", decision.equals("validate"));
        model.put("sendBackChecked", decision.equals("send_back"));
        model.put("maxComment", MAX_COMMENT);
        app.pages().send(ctx, status, "formateur-participant", app.frame(ctx, FRENCH,
                texts().get("trainer.participant.title", participant.pseudonym())), model);
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", finding.isError() ? "error" : "warning");
        row.put("severity", texts().get(finding.isError() ? "review.severity.error" : "review.severity.warning"));
        row.put("code", String.join(", ", finding.codes().stream().map(Object::toString).toList()));
        row.put("message", finding.message());
        row.put("path", finding.path());
        row.put("hasPath", !finding.path().isEmpty());
        return row;
    }

    private void review(Context ctx) throws IOException {
        Participant participant = participantOf(ctx);
        if (room.store().room().isClosed()) {
            refuseClosed(ctx);
            return;
        }
        String decision = Optional.ofNullable(ctx.formParam("decision")).orElse("");
        String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", decision);
        form.put("comment", comment);
        RulesReview.Status status;
        if (decision.equals("validate")) {
            status = RulesReview.Status.VALIDATED;
        } else if (decision.equals("send_back")) {
            status = RulesReview.Status.SENT_BACK;
        } else {
            form.put("formError", texts().get("trainer.review.decision.missing"));
            showParticipant(ctx, HttpStatus.BAD_REQUEST, participant, form);
            return;
        }
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            form.put("formError", texts().get("trainer.review.comment.long", MAX_COMMENT,
                    comment.codePointCount(0, comment.length())));
            showParticipant(ctx, HttpStatus.BAD_REQUEST, participant, form);
            return;
        }
        if (status == RulesReview.Status.SENT_BACK && comment.isEmpty()) {
            form.put("formError", texts().get("trainer.review.comment.required"));
            showParticipant(ctx, HttpStatus.BAD_REQUEST, participant, form);
            return;
        }
        RulesReview given = new RulesReview(status, comment, Optional.of(Instant.now()));
        room.store().update(current -> current.isClosed() ? current
                : current.withParticipant(participant.id(), p -> p.withReview(given)));
        ctx.redirect("/formateur/participants/" + participant.id(), HttpStatus.SEE_OTHER);
    }

    private void poster(Context ctx) throws IOException {
        Room current = room.store().room();
        int port = ctx.req().getLocalPort();
        List<String> hosts = posterHosts(ctx);
        Map<String, Object> model = model(current);
        List<String> addresses = hosts.stream().map(h -> PosterAddresses.loginAddress(h, port)).toList();
        String first = addresses.isEmpty() ? PosterAddresses.loginAddress("127.0.0.1", port) : addresses.get(0);
        String link = PosterAddresses.joinLink(hosts.isEmpty() ? "127.0.0.1" : hosts.get(0), port,
                current.codes().participant());
        PosterQrCode qr = PosterQrCode.of(link);
        model.put("address", first);
        model.put("otherAddresses", addresses.size() > 1 ? addresses.subList(1, addresses.size()) : List.of());
        model.put("hasOtherAddresses", addresses.size() > 1);
        model.put("code", current.codes().participant());
        model.put("qrSide", qr.side());
        model.put("qrPath", qr.svgPath());
        model.put("qrTitle", texts().get("trainer.poster.qr", first));
        model.put("local", hosts.stream().allMatch(h -> fr.charteia.web.ServeOptions.isLoopback(h)));
        app.pages().send(ctx, "formateur-affiche", app.frame(ctx, FRENCH, texts().get("trainer.poster.title",
                current.title())), model);
    }

    /** The hosts participants type: the server's, or this computer's network addresses when it listens everywhere. */
    private List<String> posterHosts(Context ctx) {
        if (!PosterAddresses.isWildcard(host)) {
            return List.of(host);
        }
        String local = ctx.req().getLocalAddr();
        List<String> hosts = new ArrayList<>();
        // the address the trainer's own browser reached, when it came over the network, is one participants reach
        if (local != null && !fr.charteia.web.ServeOptions.isLoopback(local) && !local.contains(":")) {
            hosts.add(local);
        }
        PosterAddresses.hosts(host).stream().filter(h -> !hosts.contains(h)).forEach(hosts::add);
        return hosts;
    }

    private SessionMaterial material(Room current) throws IOException {
        return RoomClosing.material(app.workspace(), current, room.questions(), room.catalogue(), room.store().folder());
    }

    private void report(Context ctx, boolean pdf) throws IOException {
        SessionMaterial material = material(room.store().room());
        byte[] bytes;
        try {
            bytes = pdf ? SessionReport.pdf(material) : SessionReport.workbook(material);
        } catch (RuntimeException e) {
            problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, texts().get("trainer.report.failed"));
            return;
        }
        String name = pdf ? "rapport-session.pdf" : "rapport-session.xlsx";
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(bytes);
    }

    private void archive(Context ctx) throws IOException {
        Room current = room.store().room();
        Optional<Path> zip;
        if (current.isClosed()) {
            zip = RoomClosing.latestArchive(room.store().folder());
        } else {
            Path target = RoomClosing.archivePath(room.store().folder(), Instant.now());
            try {
                SessionArchive.write(material(current), app.toolkit(), target);
                zip = Optional.of(target);
            } catch (RuntimeException e) {
                problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, texts().get("trainer.archive.failed"));
                return;
            }
        }
        if (zip.isEmpty() || !Files.isRegularFile(zip.get())) {
            problem(ctx, HttpStatus.NOT_FOUND, texts().get("trainer.archive.none"));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + zip.get().getFileName() + "\"");
        ctx.contentType("application/zip").result(Files.readAllBytes(zip.get()));
    }

    private void closing(Context ctx, HttpStatus status, boolean keep) throws IOException {
        Room current = room.store().room();
        Map<String, Object> model = model(current);
        model.put("keep", keep);
        model.put("participants", current.participants().size());
        model.put("lead", texts().get("trainer.close.lead", current.participants().size()));
        model.put("archive", RoomClosing.latestArchive(room.store().folder()).map(p -> p.getFileName().toString())
                .orElse(""));
        app.pages().send(ctx, status, "formateur-fermer", app.frame(ctx, FRENCH, texts().get("trainer.close.title")),
                model);
    }

    private void close(Context ctx) throws IOException {
        boolean keep = ctx.formParam("keep") != null;
        if (!"yes".equals(ctx.formParam("confirm")) || room.store().room().isClosed()) {
            // the first press asks again, saying what will be kept and deleted
            closing(ctx, HttpStatus.OK, keep);
            return;
        }
        RoomClosing.Closed closed;
        try {
            closed = RoomClosing.close(app.workspace(), app.toolkit(), keep, room.questions(), room.catalogue(),
                    SessionArchive::write, Instant.now());
        } catch (RoomClosing.NoRoom e) {
            closing(ctx, HttpStatus.CONFLICT, keep);
            return;
        } catch (RuntimeException | IOException e) {
            problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, texts().get("trainer.close.failed"));
            return;
        }
        Map<String, Object> model = model(room.store().room());
        model.put("written", texts().get("trainer.closed.written", closed.archive().getFileName(),
                closed.archive().getParent()));
        model.put("deleted", closed.kept() ? texts().get("trainer.closed.kept", closed.participants())
                : texts().get("trainer.closed.deleted", closed.draftsDeleted(), closed.participants()));
        app.pages().send(ctx, "formateur-fermee", app.frame(ctx, FRENCH, texts().get("trainer.closed.title")), model);
    }

    void refuseClosed(Context ctx) {
        problem(ctx, HttpStatus.CONFLICT, texts().get("trainer.closed.refused"));
    }

    private void problem(Context ctx, HttpStatus status, String message) {
        problem(app, ctx, status, message);
    }

    static void problem(WebApp app, Context ctx, HttpStatus status, String message) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("message", message);
        app.pages().send(ctx, status, "formateur-probleme", app.frame(ctx, FRENCH, texts().get("problem.title")), model);
    }
}

package fr.charteia.web;

import fr.charteia.DocumentSet;
import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.RenderedFile;
import fr.charteia.document.DocumentKind;
import fr.charteia.validation.Finding;
import fr.charteia.web.form.FieldLocation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 10 of the questionnaire, the review: every finding of the draft with a link to the field to
 * fix, the preview of the charter and the sheet (the XHTML the PDF is laid out from), and the
 * downloads. Errors block the Word and PDF files, never the questionnaire's YAML.
 */
final class ReviewRoutes {

    private final WebApp app;

    ReviewRoutes(WebApp app) {
        this.app = app;
    }

    void register(RoutesConfig routes) {
        routes.get("/drafts/{id}/review", this::review);
        routes.get("/drafts/{id}/preview/{document}", this::preview);
        routes.get("/drafts/{id}/download/{file}", this::document);
        new PreviewAssets().register(routes);
    }

    private void review(Context ctx) throws IOException {
        DraftReview draft = DraftReview.of(app, ctx);
        fr.charteia.web.room.ParticipantProgress.opened(app, ctx, draft.id(), fr.charteia.web.form.QuestionnaireSteps.REVIEW);
        WebTexts texts = draft.texts();
        List<Map<String, Object>> errors = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        List<Finding> findings = draft.checked().report().findings();
        // numbered as shown: errors first, then warnings, each in report order
        findings.stream().filter(Finding::isError).forEach(finding -> errors.add(finding(draft, finding, errors.size() + 1)));
        findings.stream().filter(finding -> !finding.isError())
                .forEach(finding -> warnings.add(finding(draft, finding, errors.size() + warnings.size() + 1)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", draft.id());
        model.put("department", draft.departmentShown());
        model.put("errorCount", texts.get("review.count.errors", errors.size()));
        model.put("warningCount", texts.get("review.count.warnings", warnings.size()));
        model.put("hasErrors", !errors.isEmpty());
        model.put("errorSummaryTitle", texts.get("review.errorSummary.title", errors.size()));
        model.put("blockedSentence", texts.get("review.downloads.blocked", errors.size()));
        model.put("errors", errors);
        model.put("warnings", warnings);
        model.put("hasFindings", !errors.isEmpty() || !warnings.isEmpty());
        model.put("hasWarnings", !warnings.isEmpty());
        model.put("documents", draft.checked().valid() ? documents(draft) : List.of());
        model.put("previews", draft.checked().valid() ? previews(draft) : List.of());
        model.put("yamlName", Downloads.yamlFileName(draft.department()));
        app.pages().send(ctx, "review", app.frame(ctx, draft.locale(),
                texts.get("review.title", draft.departmentShown())), model);
    }

    private static Map<String, Object> finding(DraftReview draft, Finding finding, int number) {
        WebTexts texts = draft.texts();
        FieldLocation location = FieldLocation.of(finding.path());
        boolean review = location.step() == FieldLocation.REVIEW_STEP;
        String link = review ? "/drafts/" + draft.id() + "/review#finding-" + number
                : "/drafts/" + draft.id() + "/steps/" + location.step() + "#" + location.fieldId();
        String where = review ? texts.get("review.fix.file")
                : texts.get("review.fix.step", location.step(), texts.get("review.step." + location.step()),
                        finding.path());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", number);
        row.put("code", String.join(", ", finding.codes().stream().map(Object::toString).toList()));
        row.put("severity", texts.get(finding.isError() ? "review.severity.error" : "review.severity.warning"));
        row.put("kind", finding.isError() ? "error" : "warning");
        row.put("message", finding.message());
        row.put("path", finding.path());
        row.put("hasPath", !finding.path().isEmpty());
        row.put("link", link);
        row.put("linkText", texts.get("review.fix", where));
        row.put("summaryLinkText", texts.get("review.fix", finding.message()));
        return row;
    }

    private static List<Map<String, String>> previews(DraftReview draft) {
        WebTexts texts = draft.texts();
        List<Map<String, String>> previews = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            String name = Downloads.urlName(kind);
            previews.add(Map.of("name", name, "src", "/drafts/" + draft.id() + "/preview/" + name,
                    "heading", texts.get("review.preview." + name),
                    "frameTitle", texts.get("review.preview." + name + ".frame", draft.departmentShown()),
                    "open", texts.get("review.preview." + name + ".open")));
        }
        return previews;
    }

    private List<Map<String, String>> documents(DraftReview draft) {
        WebTexts texts = draft.texts();
        List<Map<String, String>> links = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
                String fileName = app.toolkit().fileNames(draft.checked(), List.of(kind), List.of(format)).get(0);
                links.add(Map.of("href", "/drafts/" + draft.id() + "/download/" + Downloads.urlName(kind) + "."
                        + format.extension(), "text", texts.get("review.download." + Downloads.urlName(kind) + "."
                        + format.extension()), "fileName", fileName));
            }
        }
        return links;
    }

    private void preview(Context ctx) throws IOException {
        DocumentKind kind = Downloads.kind(ctx.pathParam("document")).orElseThrow(NotFoundResponse::new);
        DraftReview draft = DraftReview.of(app, ctx);
        WebTexts texts = draft.texts();
        PreviewPage page;
        HttpStatus status = HttpStatus.OK;
        if (!draft.checked().valid()) {
            page = PreviewPage.message(texts.language().getLanguage(), texts.get("review.preview.blocked.title"),
                    texts.get("review.preview.blocked", draft.checked().report().errors()));
            status = HttpStatus.CONFLICT;
        } else {
            try {
                page = PreviewPage.of(app.toolkit().preview(draft.checked(), kind));
            } catch (GenerationRefused e) {
                page = PreviewPage.message(texts.language().getLanguage(), texts.get("review.preview.blocked.title"),
                        texts.get(e.reason() == GenerationRefused.Reason.LAYOUT ? "review.preview.failed"
                                : "review.preview.server"));
                status = HttpStatus.UNPROCESSABLE_CONTENT;
            }
        }
        ctx.header("Content-Security-Policy", page.contentSecurityPolicy());
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.status(status).contentType("text/html; charset=utf-8").result(page.html());
    }

    private void yaml(Context ctx) throws IOException {
        DraftReview draft = DraftReview.of(app, ctx);
        ctx.header("Content-Disposition", Downloads.attachment(Downloads.yamlFileName(draft.department())));
        ctx.contentType(Downloads.YAML_TYPE + "; charset=utf-8").result(draft.draft().yaml());
    }

    private void document(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (file.equals("questionnaire.yaml")) {
            yaml(ctx);
            return;
        }
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundResponse();
        }
        DocumentKind kind = Downloads.kind(file.substring(0, dot)).orElseThrow(NotFoundResponse::new);
        OutputFormat format = Downloads.format(file.substring(dot + 1)).orElseThrow(NotFoundResponse::new);
        DraftReview draft = DraftReview.of(app, ctx);
        WebTexts texts = draft.texts();
        if (!draft.checked().valid()) {
            refuse(ctx, draft, HttpStatus.CONFLICT, texts.get("review.download.refused", draft.checked().report().errors()));
            return;
        }
        RenderedFile rendered;
        try {
            DocumentSet set = app.toolkit().render(draft.checked(), List.of(kind), List.of(format));
            rendered = set.files().get(0);
        } catch (GenerationRefused e) {
            boolean layout = e.reason() == GenerationRefused.Reason.LAYOUT;
            refuse(ctx, draft, layout ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.INTERNAL_SERVER_ERROR,
                    texts.get(layout ? "review.download.failed" : "review.download.server"));
            return;
        }
        ctx.header("Content-Disposition", Downloads.attachment(rendered.fileName()));
        ctx.contentType(Downloads.contentType(format)).result(rendered.bytes());
    }

    private void refuse(Context ctx, DraftReview draft, HttpStatus status, String message) {
        app.pages().send(ctx, status, "download-refused", app.frame(ctx, draft.locale(),
                draft.texts().get("review.download.refused.title")), Map.of("message", message, "id", draft.id()));
    }
}

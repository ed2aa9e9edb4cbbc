package fr.charteia.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.web.form.FormBinding;
import fr.charteia.web.form.FormTexts;
import fr.charteia.web.form.QuestionnaireSteps;
import fr.charteia.web.form.RowActions;
import fr.charteia.web.form.Step;
import fr.charteia.web.room.ParticipantProgress;
import fr.charteia.web.form.StepPage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Steps 1 to 9 of the guided questionnaire. A step is a plain form: posting it saves the draft, then
 * goes where the pressed button says (previous, next, another step, or back to the same step after
 * adding or removing a row). {@code …/check} saves and answers the step's findings as JSON, for the
 * live validation of the page's script.
 */
final class StepRoutes {

    private final WebApp app;

    StepRoutes(WebApp app) {
        this.app = app;
    }

    void register(RoutesConfig routes) {
        routes.get("/drafts/{id}/steps/{n}", this::show);
        routes.post("/drafts/{id}/steps/{n}", this::submit);
        routes.post("/drafts/{id}/steps/{n}/check", this::check);
    }

    private void show(Context ctx) throws IOException {
        DraftSession draft = DraftSession.of(app, ctx);
        int number = stepNumber(ctx);
        if (number >= 1 && number <= QuestionnaireSteps.COUNT) {
            ParticipantProgress.opened(app, ctx, draft.id().value(), number);
        }
        if (number == QuestionnaireSteps.REVIEW) {
            ctx.redirect("/drafts/" + draft.id() + "/review", HttpStatus.SEE_OTHER);
            return;
        }
        Step step = QuestionnaireSteps.step(number).orElseThrow(NotFoundResponse::new);
        ObjectNode tree = draft.tree();
        Locale language = DraftSession.languageOf(tree);
        CheckedQuestionnaire checked = DraftSession.check(app, draft.id(), draft.draft().yaml(), language);
        StepPage.Model model = StepPage.of(tree, step, checked.report().findings(), language);
        WebTexts texts = WebTexts.of(language);
        Map<String, Object> scope = new HashMap<>();
        scope.put("draftId", draft.id().value());
        scope.put("step", model);
        scope.put("stepOf", texts.get("step.of", number, QuestionnaireSteps.COUNT));
        scope.put("progress", progress(number, language));
        scope.put("hasPrevious", number > 1);
        scope.put("nextLabel", texts.get(number == QuestionnaireSteps.REVIEW - 1 ? "step.toReview" : "step.next"));
        scope.put("summaryTitle", texts.get(model.hasErrors() ? "step.summary.errors" : "step.summary.warnings"));
        scope.put("elsewhereText", model.elsewhere() == 0 ? List.of()
                : List.of(texts.get("step.elsewhere", model.elsewhere())));
        scope.put("savedText", texts.get("step.saved"));
        app.pages().send(ctx, "step", app.frame(ctx, language, texts.get("step.of", number, QuestionnaireSteps.COUNT)
                + " " + model.title()), scope);
    }

    private void submit(Context ctx) throws IOException {
        DraftSession draft = DraftSession.of(app, ctx);
        int number = stepNumber(ctx);
        Step step = QuestionnaireSteps.step(number).orElseThrow(NotFoundResponse::new);
        ObjectNode tree = draft.tree();
        FormBinding.apply(tree, step, ctx.formParamMap());
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("save");
        Optional<String> focus = RowActions.apply(tree, step, action, DraftSession.languageOf(tree));
        draft.save(tree);
        String base = "/drafts/" + draft.id() + "/steps/";
        if (focus.isPresent()) {
            ctx.redirect(base + number + "#" + focus.get(), HttpStatus.SEE_OTHER);
        } else if (action.equals("next")) {
            ctx.redirect(target(draft, number + 1), HttpStatus.SEE_OTHER);
        } else if (action.equals("previous")) {
            ctx.redirect(base + Math.max(1, number - 1), HttpStatus.SEE_OTHER);
        } else if (action.matches("goto:\\d{1,2}")) {
            int wanted = Integer.parseInt(action.substring(5));
            ctx.redirect(target(draft, Math.max(1, Math.min(QuestionnaireSteps.REVIEW, wanted))), HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(base + number, HttpStatus.SEE_OTHER);
        }
    }

    /** Saves what the page holds and answers its findings, placed as the page places them. */
    private void check(Context ctx) throws IOException {
        DraftSession draft = DraftSession.of(app, ctx);
        Step step = QuestionnaireSteps.step(stepNumber(ctx)).orElseThrow(NotFoundResponse::new);
        ObjectNode tree = draft.tree();
        FormBinding.apply(tree, step, ctx.formParamMap());
        byte[] yaml = draft.save(tree);
        Locale language = DraftSession.languageOf(tree);
        List<Finding> findings = DraftSession.check(app, draft.id(), yaml, language).report().findings();
        StepPage.Model model = StepPage.of(tree, step, findings, language);
        Map<String, List<Map<String, Object>>> containers = new LinkedHashMap<>();
        List<Map<String, Object>> summary = new ArrayList<>();
        for (var finding : model.summary()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", finding.code());
            json.put("severity", finding.severity());
            json.put("error", finding.error());
            json.put("message", finding.message());
            json.put("why", finding.why().isEmpty() ? null : finding.why().get(0));
            json.put("target", finding.target());
            summary.add(json);
            containers.computeIfAbsent(finding.target() + "-findings", k -> new ArrayList<>()).add(json);
        }
        WebTexts texts = WebTexts.of(language);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errors", model.errors());
        answer.put("warnings", model.warnings());
        answer.put("elsewhere", model.elsewhere());
        answer.put("summaryTitle", texts.get(model.hasErrors() ? "step.summary.errors" : "step.summary.warnings"));
        answer.put("elsewhereText", model.elsewhere() == 0 ? "" : texts.get("step.elsewhere", model.elsewhere()));
        answer.put("whyLabel", texts.get("step.why"));
        answer.put("savedText", texts.get("step.saved"));
        answer.put("summary", summary);
        answer.put("containers", containers);
        Api.json(ctx, HttpStatus.OK, answer);
    }

    private static String target(DraftSession draft, int number) {
        return number >= QuestionnaireSteps.REVIEW ? "/drafts/" + draft.id() + "/review"
                : "/drafts/" + draft.id() + "/steps/" + number;
    }

    private static int stepNumber(Context ctx) {
        String n = ctx.pathParam("n");
        if (!n.matches("\\d{1,2}")) {
            throw new NotFoundResponse();
        }
        return Integer.parseInt(n);
    }

    /** One entry of the progress indicator. */
    record ProgressStep(int number, String title, boolean current, boolean review) {
    }

    static List<ProgressStep> progress(int current, Locale language) {
        FormTexts texts = FormTexts.of(language);
        List<ProgressStep> steps = new ArrayList<>();
        for (int n = 1; n <= QuestionnaireSteps.COUNT; n++) {
            steps.add(new ProgressStep(n, texts.get("step." + n + ".short"), n == current, n == QuestionnaireSteps.REVIEW));
        }
        return steps;
    }
}

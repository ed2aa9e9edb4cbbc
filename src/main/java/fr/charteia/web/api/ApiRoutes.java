package fr.charteia.web.api;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.GenerationRefused;
import fr.charteia.QuestionnaireSource;
import fr.charteia.RenderedFile;
import fr.charteia.Toolkit;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.web.Api;
import fr.charteia.web.WebTexts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: {@code POST /api/validate} and {@code POST /api/documents}. Stateless, it writes
 * nothing: the questionnaire comes in the body, the answer goes out in the response. It checks and
 * renders through the same {@link Toolkit} calls as the pages.
 */
public final class ApiRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final WebTexts TEXTS = WebTexts.of(Locale.FRENCH);
    private static final List<String> PATHS = List.of("/api/validate", "/api/documents");

    private final Toolkit toolkit;

    public ApiRoutes(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/validate", refusing(this::validate));
        routes.post("/api/documents", refusing(this::documents));
        for (String path : PATHS) {
            Handler wrongMethod = ctx -> {
                ctx.header("Allow", "POST");
                Api.error(ctx, HttpStatus.METHOD_NOT_ALLOWED, TEXTS.get("api.method", ctx.method().name(), path));
            };
            routes.get(path, wrongMethod);
            routes.put(path, wrongMethod);
            routes.patch(path, wrongMethod);
            routes.delete(path, wrongMethod);
        }
    }

    private void validate(Context ctx) throws ApiRefusal {
        Locale language = language(ctx);
        CheckedQuestionnaire checked = toolkit.validate(QuestionnaireBody.read(ctx), language);
        Api.json(ctx, HttpStatus.OK, ApiReport.of(checked.report()));
    }

    private void documents(Context ctx) throws ApiRefusal {
        Locale language = language(ctx);
        DocumentRequest wanted = DocumentRequest.of(ctx);
        QuestionnaireSource source = QuestionnaireBody.read(ctx);
        if (QuestionnaireKind.of(source.bytes()) == QuestionnaireKind.ESTABLISHMENT) {
            // the establishment charter is made on the command line, beside the departments that name it
            throw new ApiRefusal(HttpStatus.UNPROCESSABLE_CONTENT, TEXTS.get("api.establishment"));
        }
        CheckedQuestionnaire checked = toolkit.validate(source, language);
        if (!checked.valid()) {
            Api.json(ctx, HttpStatus.UNPROCESSABLE_CONTENT, ApiReport.of(checked.report()));
            return;
        }
        try {
            String fileName = toolkit.fileNames(checked, List.of(wanted.document()), List.of(wanted.format())).get(0);
            RenderedFile file = toolkit.render(checked, List.of(wanted.document()), List.of(wanted.format()))
                    .files().get(0);
            ctx.status(HttpStatus.OK).contentType(wanted.contentType())
                    .header("Content-Disposition", ContentDisposition.attachment(fileName))
                    .result(file.bytes());
        } catch (GenerationRefused e) {
            throw new ApiRefusal(HttpStatus.INTERNAL_SERVER_ERROR, TEXTS.get(switch (e.reason()) {
                case TEMPLATE -> "api.refused.template";
                case ENVIRONMENT -> "api.refused.environment";
                case LAYOUT -> "api.refused.layout";
            }, e.detail()));
        }
    }

    /** {@code ?lang=fr} (the default) or {@code ?lang=en}: the language of the findings. */
    private static Locale language(Context ctx) throws ApiRefusal {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.equals("fr")) {
            return Locale.FRENCH;
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new ApiRefusal(HttpStatus.BAD_REQUEST, TEXTS.get("api.lang", lang));
    }

    private interface ApiHandler {
        void handle(Context ctx) throws ApiRefusal;
    }

    private static Handler refusing(ApiHandler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiRefusal refusal) {
                Api.error(ctx, refusal.status(), refusal.getMessage());
            } catch (RuntimeException e) {
                // a client of the API reads JSON: never Jetty's page, never a stack trace
                LOG.error("API {} failed", ctx.path(), e);
                Api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, TEXTS.get("api.internal"));
            }
        };
    }
}

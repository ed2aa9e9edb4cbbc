package fr.charteia.web.api;

import fr.charteia.QuestionnaireSource;
import fr.charteia.web.WebServer;
import fr.charteia.web.WebTexts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire a client posts: YAML or JSON as its content type says, UTF-8, at most
 * {@link WebServer#MAX_BODY_BYTES}. A larger body is refused on its declared length before any of
 * it is read, or, sent in chunks, as soon as the limit is passed.
 */
final class QuestionnaireBody {

    /** The name the questionnaire goes by: no folder, so a logo it names is never read from the server's disk. */
    private static final Map<String, String> NAME_BY_TYPE = Map.of(
            "application/yaml", "questionnaire.yaml",
            "application/x-yaml", "questionnaire.yaml",
            "text/yaml", "questionnaire.yaml",
            "application/json", "questionnaire.json");

    private static final WebTexts TEXTS = WebTexts.of(Locale.FRENCH);

    private QuestionnaireBody() {
    }

    static QuestionnaireSource read(Context ctx) throws ApiRefusal {
        String name = nameFor(ctx.header("Content-Type"));
        long declared = ctx.req().getContentLengthLong();
        if (declared > WebServer.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) WebServer.MAX_BODY_BYTES + 1);
            if (bytes.length > WebServer.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return new QuestionnaireSource(name, bytes, Optional.empty());
        } catch (IOException e) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, TEXTS.get("api.body.broken"));
        }
    }

    /** The source name for a content type such as {@code application/yaml; charset=utf-8}. */
    private static String nameFor(String contentType) throws ApiRefusal {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TEXTS.get("api.contentType.missing"));
        }
        String[] parts = contentType.split(";");
        String name = NAME_BY_TYPE.get(parts[0].strip().toLowerCase(Locale.ROOT));
        if (name == null) {
            throw new ApiRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TEXTS.get("api.contentType", contentType.strip()));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    throw new ApiRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TEXTS.get("api.charset", charset));
                }
            }
        }
        return name;
    }

    private static ApiRefusal tooLarge() {
        return new ApiRefusal(HttpStatus.CONTENT_TOO_LARGE, TEXTS.get("api.tooLarge"));
    }
}

package fr.charteia.web;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the web pages: {@code fr/charteia/web/pages/NAME.mustache}, each of which opens with
 * {@code {{> header}}} and closes with {@code {{> footer}}}. Every page model carries {@code page}
 * (a {@link PageFrame}), {@code t} (the texts of its language) and {@code room} (the training room's
 * {@code title}, or false outside a room).
 */
public final class Pages {

    private final MustacheFactory factory = new HtmlMustacheFactory("fr/charteia/web/pages");
    /** The training room's title on every page of a room's server; false elsewhere. */
    private final Object room;

    /** The pages of the questionnaire alone. */
    public Pages() {
        this.room = false;
    }

    /** The pages of a training room's server: the footer and the login page speak of the room. */
    public Pages(String roomTitle) {
        this.room = Map.of("title", roomTitle);
    }

    /** The page {@code template} with {@code model}, as HTML. */
    public String render(String template, PageFrame frame, Map<String, ?> model) {
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("page", frame);
        scope.put("room", room);
        scope.put("t", WebTexts.of(frame.locale()).forTemplates());
        Mustache mustache = factory.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    /** Sends the page with {@code status}. */
    public void send(Context ctx, HttpStatus status, String template, PageFrame frame, Map<String, ?> model) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, frame, model));
    }

    /** Sends the page with 200. */
    public void send(Context ctx, String template, PageFrame frame, Map<String, ?> model) {
        send(ctx, HttpStatus.OK, template, frame, model);
    }

    /**
     * What the header and footer need.
     *
     * @param lang the page's language, {@code fr} or {@code en}
     * @param title the page's title, before « – charte-ia »
     * @param csrf the session's form token, put in every form as a hidden field {@code csrf}
     */
    public record PageFrame(String lang, String title, String csrf) {

        public Locale locale() {
            return Locale.forLanguageTag(lang);
        }

        public static PageFrame of(Locale locale, String title, String csrf) {
            return new PageFrame(WebTexts.of(locale).language().getLanguage(), title, csrf);
        }
    }
}

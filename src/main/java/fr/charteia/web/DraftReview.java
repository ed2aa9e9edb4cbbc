package fr.charteia.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.web.drafts.Draft;
import fr.charteia.web.drafts.DraftId;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A draft of the request's session, checked by the toolkit in its own language ({@code locale: en}
 * gives English messages and pages), with the department's name even when the draft does not load.
 *
 * @param department the department's name as written, or empty when the draft has none yet
 */
record DraftReview(Draft draft, Locale locale, Optional<String> department, CheckedQuestionnaire checked) {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** The draft the URL's {@code id} names among the session's drafts, checked; anything else is a 404. */
    static DraftReview of(WebApp app, Context ctx) throws IOException {
        Optional<DraftId> id = DraftId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new NotFoundResponse();
        }
        Draft draft = app.drafts(ctx).find(id.get()).orElseThrow(NotFoundResponse::new);
        JsonNode tree = peek(draft.yaml());
        Locale locale = tree.path("locale").asText("fr").equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.FRENCH;
        Optional<String> department = Optional.of(tree.path("service").path("name").asText(""))
                .map(String::strip).filter(name -> !name.isEmpty());
        CheckedQuestionnaire checked = app.toolkit().validate(
                new QuestionnaireSource(Downloads.yamlFileName(department), draft.yaml(), app.draftFolder()), locale);
        return new DraftReview(draft, locale, department, checked);
    }

    WebTexts texts() {
        return WebTexts.of(locale);
    }

    String id() {
        return draft.id().value();
    }

    /** The department's name, or the words for a draft without one. */
    String departmentShown() {
        return department.orElseGet(() -> texts().get("review.unnamed"));
    }

    /**
     * The draft as a tree, only to read its language and name before it is checked; a draft that does
     * not parse is French and unnamed (the toolkit's findings then say what is wrong).
     */
    private static JsonNode peek(byte[] yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            return tree == null ? YAML.createObjectNode() : tree;
        } catch (IOException | RuntimeException e) {
            return YAML.createObjectNode();
        }
    }
}

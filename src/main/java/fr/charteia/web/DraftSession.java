package fr.charteia.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.web.drafts.Draft;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import fr.charteia.web.form.DraftYaml;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The draft a request names, among the drafts of its browser session: read, validated in the draft's
 * language, and saved back.
 */
public record DraftSession(DraftStore store, Draft draft) {

    /** The draft {@code {id}} of the URL; anything that is not one of this session's drafts is a 404. */
    public static DraftSession of(WebApp app, Context ctx) throws IOException {
        DraftStore store = app.drafts(ctx);
        Optional<DraftId> id = DraftId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new NotFoundResponse();
        }
        return new DraftSession(store, store.find(id.get()).orElseThrow(NotFoundResponse::new));
    }

    public DraftId id() {
        return draft.id();
    }

    /** The questionnaire as a tree; an empty one when the file cannot be read as a mapping. */
    public ObjectNode tree() {
        return DraftYaml.read(draft.yaml(), false).orElseGet(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance::objectNode);
    }

    /** The draft's language: English for {@code locale: en}, French otherwise. */
    public static Locale languageOf(ObjectNode tree) {
        return "en".equals(tree.path("locale").asText("")) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** Validates {@code yaml} as this draft, with the same codes and messages as {@code validate}. */
    public static CheckedQuestionnaire check(WebApp app, DraftId id, byte[] yaml, Locale language) {
        return app.toolkit().validate(new QuestionnaireSource(id + ".yaml", yaml, app.draftFolder()), language);
    }

    /** Saves the tree as the draft's new questionnaire and returns its bytes. */
    public byte[] save(ObjectNode tree) throws IOException {
        byte[] yaml = DraftYaml.write(tree);
        store.save(draft.id(), yaml);
        return yaml;
    }
}

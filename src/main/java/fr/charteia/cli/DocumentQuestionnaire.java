package fr.charteia.cli;

import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceLookup;
import fr.charteia.load.PathTrouble;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.render.docx.DocxSourcePart;
import fr.charteia.render.pdf.EmbeddedQuestionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The questionnaire a generated PDF or Word document carries, or the message that says why it cannot
 * be had (shared by extract and diff). A hostile file is read within bounds: no more than
 * {@link #MAX_BYTES} of document, no more than a questionnaire's size of attachment.
 */
final class DocumentQuestionnaire {

    /** Generated documents weigh well under a megabyte; a larger file is not one of ours. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    /** The attachment, or the message (in the reader's language) that says what is wrong and what to do. */
    record Lookup(Optional<SourceAttachment> source, String refusal) {
    }

    private DocumentQuestionnaire() {
    }

    static Lookup find(Path document, Texts texts) {
        SourceLookup lookup;
        boolean pdf = false;
        try {
            Optional<PathTrouble> trouble = PathTrouble.of(document);
            if (trouble.isPresent() && trouble.get() != PathTrouble.MISSING) {
                // a loop of links or a folder one may not enter is not « introuvable »: each asks for its own fix
                return refused(texts.get("extract." + trouble.get().name(), document));
            }
            if (!Files.isRegularFile(document)) {
                return refused(texts.get("extract.notFound", document));
            }
            if (Files.size(document) > MAX_BYTES) {
                return refused(texts.get("extract.notOurs", document));
            }
            byte[] bytes = Files.readAllBytes(document);
            pdf = isPdf(bytes);
            // read no further than the loader would: a larger attachment is not a questionnaire
            int limit = QuestionnaireLoader.MAX_BYTES;
            lookup = pdf ? EmbeddedQuestionnaire.find(bytes, limit) : DocxSourcePart.find(bytes, limit);
        } catch (IOException e) {
            return refused(texts.get(pdf ? "extract.unreadablePdf" : "extract.notOurs", document));
        }
        if (lookup.source().isEmpty()) {
            return refused(whyAbsent(document, lookup, pdf, texts));
        }
        return new Lookup(lookup.source(), "");
    }

    /** One message per cause: an office programme dropped it, another tool made the file, or it is damaged. */
    private static String whyAbsent(Path document, SourceLookup lookup, boolean pdf, Texts texts) {
        String kind = pdf ? ".pdf" : ".docx";
        return switch (lookup.outcome()) {
            case DROPPED -> texts.get("extract.dropped" + kind, document);
            case NO_TRACE -> texts.get("extract.noTrace" + kind, document);
            case INCOMPLETE -> texts.get("extract.incomplete", document, lookup.partsFound(), lookup.partsExpected());
            case TOO_LARGE -> texts.get("extract.tooLarge", document, QuestionnaireLoader.MAX_BYTES / (1024 * 1024));
            case PROTECTED -> texts.get("extract.protected", document);
            case ALTERED, FOUND -> texts.get("extract.altered", document);
        };
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    private static Lookup refused(String message) {
        return new Lookup(Optional.empty(), message);
    }
}

package fr.charteia;

import fr.charteia.compose.ComposedDocument;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Locale;

/**
 * Sample questionnaires taken through the toolkit as the command line takes them, for tests that
 * look at one stage's output (the Markdown, the tree, a writer's bytes). One toolkit serves every
 * test class: it is thread-safe and costly to build.
 */
public final class SampleDocuments {

    private static final Toolkit TOOLKIT = Toolkit.create();
    private static final DocumentParser PARSER = new DocumentParser();

    private SampleDocuments() {
    }

    public static Toolkit toolkit() {
        return TOOLKIT;
    }

    /** The sample checked as {@code validate} checks it; it must have no error. */
    public static CheckedQuestionnaire checked(Path file) {
        CheckedQuestionnaire checked = TOOLKIT.validate(file, Locale.FRENCH);
        if (!checked.valid()) {
            throw new IllegalStateException(file + " has errors: " + checked.report().findings());
        }
        return checked;
    }

    /** The tree of a questionnaire written in a test (YAML, read as if from a file beside the samples). */
    public static DocumentTree treeOfYaml(String yaml, DocumentKind kind) {
        CheckedQuestionnaire checked = TOOLKIT.validate(new QuestionnaireSource("test.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                Optional.of(Path.of("samples"))), Locale.FRENCH);
        if (!checked.valid()) {
            throw new IllegalStateException("the test's questionnaire has errors: " + checked.report().findings());
        }
        ComposedDocument document = TOOLKIT.compose(checked, kind);
        return PARSER.parse(document.markdown(), document.meta());
    }

    public static ComposedDocument composed(Path file, DocumentKind kind) {
        return TOOLKIT.compose(checked(file), kind);
    }

    public static DocumentTree tree(Path file, DocumentKind kind) {
        ComposedDocument document = composed(file, kind);
        return PARSER.parse(document.markdown(), document.meta());
    }
}

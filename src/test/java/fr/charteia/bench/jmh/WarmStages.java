package fr.charteia.bench.jmh;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Questionnaire;
import fr.charteia.render.docx.DocxWriter;
import fr.charteia.render.pdf.PdfResult;
import fr.charteia.render.pdf.PdfWriter;
import fr.charteia.validation.Finding;
import fr.charteia.validation.QuestionnaireValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time of each stage for one department, in one JVM: through the {@link Toolkit}, as its clients
 * call it, and stage by stage through the classes it wires together. Sample mode: every call is timed,
 * so the median and the mean both come out. Run by {@link fr.charteia.bench.Benchmark}. A rendering
 * takes a few hundred calls before the JIT has compiled the layout engine: those stages warm up for
 * 24 s, the light ones for 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WarmStages {

    private static final List<DocumentKind> DOCUMENTS = List.of(DocumentKind.values());
    private static final List<OutputFormat> DOCX_AND_PDF = List.of(OutputFormat.DOCX, OutputFormat.PDF);

    @Param("samples/urgences-adultes.yaml")
    public String sample;

    private Toolkit toolkit;
    private QuestionnaireSource source;
    private CheckedQuestionnaire checked;

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private QuestionnaireValidator validator;
    private final DocumentComposer composer = new DocumentComposer(TemplateSet.shipped());
    private final DocumentParser parser = new DocumentParser();
    private final DocxWriter docxWriter = new DocxWriter(Optional.empty());
    private final PdfWriter pdfWriter = new PdfWriter(Optional.empty());
    private LoadedQuestionnaire loaded;
    private Questionnaire questionnaire;
    private ComposedDocument charter;
    private ComposedDocument sheet;
    private DocumentTree charterTree;
    private DocumentTree sheetTree;
    private PdfResult charterLaidOut;
    private PdfResult sheetLaidOut;
    private Optional<SourceAttachment> attachment;

    @Setup
    public void prepare() throws IOException, UnreadableQuestionnaireException {
        Path file = Path.of(sample);
        toolkit = Toolkit.create();
        source = new QuestionnaireSource(file.getFileName().toString(), Files.readAllBytes(file),
                Optional.ofNullable(file.toAbsolutePath().getParent()));
        checked = toolkit.validate(source, Locale.FRENCH);
        if (!checked.valid()) {
            throw new IllegalStateException(sample + " does not validate: " + checked.report().findings());
        }
        validator = new QuestionnaireValidator();
        loaded = loader.load(source.name(), source.bytes());
        questionnaire = checked.questionnaire().orElseThrow();
        charter = composer.compose(questionnaire, DocumentKind.CHARTER, checked.logo());
        sheet = composer.compose(questionnaire, DocumentKind.SHEET, checked.logo());
        charterTree = parser.parse(charter.markdown(), charter.meta());
        sheetTree = parser.parse(sheet.markdown(), sheet.meta());
        attachment = Optional.of(SourceAttachment.of(checked.name(), checked.source()));
        charterLaidOut = pdfWriter.write(charterTree, attachment);
        sheetLaidOut = pdfWriter.write(sheetTree, attachment);
    }

    @TearDown
    public void close() {
        toolkit.close();
        validator.close();
    }

    /** What {@code validate} does for a questionnaire already read: load, validate, the logo. */
    @Benchmark
    public CheckedQuestionnaire toolkitValidate() {
        return toolkit.validate(source, Locale.FRENCH);
    }

    /** A department's four files (charter and sheet, DOCX and PDF), in memory. */
    @Benchmark
    @Warmup(iterations = 12, time = 2)
    public DocumentSet toolkitRender() {
        return toolkit.render(checked, DOCUMENTS, DOCX_AND_PDF);
    }

    @Benchmark
    public LoadedQuestionnaire stageLoad() throws UnreadableQuestionnaireException {
        return loader.load(source.name(), source.bytes());
    }

    @Benchmark
    public List<Finding> stageValidate() {
        return validator.validate(loaded, Locale.FRENCH);
    }

    /** Both documents' Markdown and what their writers print around it. */
    @Benchmark
    public ComposedDocument[] stageCompose() {
        return new ComposedDocument[] {
            composer.compose(questionnaire, DocumentKind.CHARTER, checked.logo()),
            composer.compose(questionnaire, DocumentKind.SHEET, checked.logo())
        };
    }

    /** Both documents' Markdown parsed into the tree the writers walk. */
    @Benchmark
    public DocumentTree[] stageParse() {
        return new DocumentTree[] {
            parser.parse(charter.markdown(), charter.meta()),
            parser.parse(sheet.markdown(), sheet.meta())
        };
    }

    /** The charter's Word file, its table of contents numbered from a PDF laid out beforehand. */
    @Benchmark
    @Warmup(iterations = 12, time = 2)
    public byte[] stageDocxCharter() throws IOException {
        return docxWriter.write(charterTree, attachment, charterLaidOut.headingPages());
    }

    @Benchmark
    @Warmup(iterations = 12, time = 2)
    public byte[] stageDocxSheet() throws IOException {
        return docxWriter.write(sheetTree, attachment, sheetLaidOut.headingPages());
    }

    @Benchmark
    @Warmup(iterations = 12, time = 2)
    public PdfResult stagePdfCharter() throws IOException {
        return pdfWriter.write(charterTree, attachment);
    }

    @Benchmark
    @Warmup(iterations = 12, time = 2)
    public PdfResult stagePdfSheet() throws IOException {
        return pdfWriter.write(sheetTree, attachment);
    }
}

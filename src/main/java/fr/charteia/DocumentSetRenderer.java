package fr.charteia;

import fr.charteia.Toolkit.TimestampSetting;
import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.HeadingPage;
import fr.charteia.document.MarkupException;
import fr.charteia.document.SourceAttachment;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.Questionnaire;
import fr.charteia.render.docx.DocxWriter;
import fr.charteia.render.pdf.PdfResult;
import fr.charteia.render.pdf.PdfWriter;
import fr.charteia.starter.StarterQuestionnaire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Makes one department's documents: for each, the Markdown, its tree, then the files, the PDF's
 * layout giving the Word table of contents its page numbers. The charter and the sheet are made on
 * two threads.
 */
final class DocumentSetRenderer {

    private final Optional<Path> templates;
    private final TimestampSetting timestamp;
    private final Executor executor;
    private final DocumentParser parser = new DocumentParser();
    private volatile DocumentComposer composer;
    private final PdfWriter pdfWriter;
    private final DocxWriter docxWriter;

    DocumentSetRenderer(Optional<Path> templates, TimestampSetting timestamp, Executor executor) {
        this.templates = templates;
        this.timestamp = timestamp;
        this.executor = executor;
        this.pdfWriter = new PdfWriter(timestamp.instant());
        this.docxWriter = new DocxWriter(timestamp.instant());
    }

    List<String> fileNames(CheckedQuestionnaire checked, Collection<DocumentKind> documents, Collection<OutputFormat> formats) {
        checkGenerable(checked);
        List<String> names = new ArrayList<>();
        for (DocumentKind kind : inOrder(checked, documents)) {
            String stem;
            try {
                stem = checked.establishment().isPresent() ? composer().fileStem(checked.establishment().get())
                        : composer().fileStem(checked.questionnaire().orElseThrow(), kind);
            } catch (TemplateException e) {
                throw new GenerationRefused(GenerationRefused.Reason.TEMPLATE, e.getMessage(), e);
            }
            formats.stream().distinct().forEach(format -> names.add(stem + "." + format.extension()));
        }
        return names;
    }

    DocumentSet render(CheckedQuestionnaire checked, Collection<DocumentKind> documents, Collection<OutputFormat> formats) {
        checkGenerable(checked); // refused here, before any thread starts on it
        timestamp.problem().ifPresent(problem -> {
            throw new GenerationRefused(GenerationRefused.Reason.ENVIRONMENT, problem, null);
        });
        List<OutputFormat> distinctFormats = formats.stream().distinct().toList();
        List<DocumentKind> kinds = inOrder(checked, documents);
        SourceAttachment source = SourceAttachment.of(checked.name(), checked.source());
        List<CompletableFuture<Rendered>> others = new ArrayList<>();
        for (DocumentKind kind : kinds.subList(Math.min(1, kinds.size()), kinds.size())) {
            others.add(CompletableFuture.supplyAsync(() -> document(checked, kind, source, distinctFormats),
                    executor));
        }
        List<Rendered> made = new ArrayList<>();
        if (!kinds.isEmpty()) {
            made.add(document(checked, kinds.get(0), source, distinctFormats));
        }
        others.forEach(future -> made.add(Toolkit.joined(future)));
        List<RenderedFile> files = new ArrayList<>();
        List<RenderWarning> warnings = new ArrayList<>();
        made.forEach(one -> {
            files.addAll(one.files());
            warnings.addAll(one.warnings());
        });
        return new DocumentSet(checked.name(), files, warnings);
    }

    /** One document's files and what to tell about them. */
    private record Rendered(List<RenderedFile> files, List<RenderWarning> warnings) {
    }

    ComposedDocument compose(CheckedQuestionnaire checked, DocumentKind kind) {
        checkGenerable(checked);
        try {
            if (checked.establishment().isPresent()) {
                if (kind != DocumentKind.CHARTER) {
                    throw new IllegalArgumentException(checked.name() + " is an establishment baseline: it has a charter, no "
                            + kind.name().toLowerCase(java.util.Locale.ROOT));
                }
                return composer().composeEstablishment(checked.establishment().get(), checked.logo());
            }
            return composer().compose(checked.questionnaire().orElseThrow(), checked.baseline(), kind, checked.logo());
        } catch (TemplateException e) {
            throw new GenerationRefused(GenerationRefused.Reason.TEMPLATE, e.getMessage(), e);
        }
    }

    /** The XHTML the PDF writer lays out for the document: the tree of {@link #compose}, tightened as the PDF is. */
    String preview(CheckedQuestionnaire checked, DocumentKind kind) {
        ComposedDocument document = compose(checked, kind);
        DocumentTree tree;
        try {
            tree = parser.parse(document.markdown(), document.meta());
        } catch (MarkupException e) {
            throw new GenerationRefused(GenerationRefused.Reason.TEMPLATE, e.getMessage(), e);
        }
        try {
            return pdfWriter.laidOut(tree).xhtml();
        } catch (IOException e) {
            throw new UncheckedIOException("laying out " + document.fileStem() + " failed in memory", e);
        } catch (RuntimeException e) {
            if (inLayoutEngine(e)) {
                throw new GenerationRefused(GenerationRefused.Reason.LAYOUT, document.fileStem() + ".pdf", e);
            }
            throw e;
        }
    }

    private Rendered document(CheckedQuestionnaire checked, DocumentKind kind, SourceAttachment source,
            List<OutputFormat> formats) {
        ComposedDocument document = compose(checked, kind);
        DocumentTree tree;
        try {
            tree = parser.parse(document.markdown(), document.meta());
        } catch (MarkupException e) {
            throw new GenerationRefused(GenerationRefused.Reason.TEMPLATE, e.getMessage(), e);
        }
        List<RenderedFile> files = new ArrayList<>();
        List<RenderWarning> warnings = new ArrayList<>();
        boolean pdf = formats.contains(OutputFormat.PDF);
        boolean docx = formats.contains(OutputFormat.DOCX);
        // The Word table of contents prints the pages of the PDF's layout: the Word file is made on
        // another thread as soon as the layout is done, while the PDF is drawn and saved.
        CompletableFuture<List<HeadingPage>> pages = new CompletableFuture<>();
        CompletableFuture<byte[]> word = !docx ? null : pages.thenApplyAsync(headings -> docx(tree, source, headings), executor);
        PdfResult laidOut = null;
        try {
            if (pdf || docx && DocxWriter.printsPageNumbers(tree)) {
                laidOut = pdfWriter.write(tree, Optional.of(source), pages::complete);
            }
            pages.complete(List.of());
        } catch (IOException e) {
            pages.completeExceptionally(e);
            // every write is to memory: an I/O failure here is a bug, not the user's disk
            throw new UncheckedIOException("rendering " + document.fileStem() + " failed in memory", e);
        } catch (RuntimeException e) {
            pages.completeExceptionally(e);
            if (inLayoutEngine(e)) {
                throw new GenerationRefused(GenerationRefused.Reason.LAYOUT, document.fileStem() + ".pdf", e);
            }
            throw e;
        } catch (Error e) {
            pages.completeExceptionally(e);
            throw e;
        }
        for (OutputFormat format : formats) {
            String fileName = document.fileStem() + "." + format.extension();
            byte[] bytes = switch (format) {
                case PDF -> laidOut.bytes();
                case DOCX -> Toolkit.joined(word);
                case MARKDOWN -> document.markdown().getBytes(StandardCharsets.UTF_8);
            };
            files.add(new RenderedFile(fileName, kind, format, bytes));
            if (format == OutputFormat.PDF) {
                laidOut.missing().forEach(glyph -> warnings.add(new RenderWarning.UndrawableCharacter(fileName, glyph)));
                if (!laidOut.warnings().isEmpty()) {
                    warnings.add(new RenderWarning.SheetTooLong(fileName, laidOut.pageCount()));
                }
            }
        }
        return new Rendered(files, warnings);
    }

    /**
     * openhtmltopdf fails on some content it cannot tag, e.g. a table row taller than a page: that
     * is said as a problem of the content, which the user can shorten, not as a bug of ours.
     */
    private static boolean inLayoutEngine(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("com.openhtmltopdf.");
    }

    /**
     * Makes a sheet from {@code init}'s starter questionnaire, and the Markdown of its charter, and
     * throws them away: the first document of a run loads and initialises the layout engine, the
     * fonts, the Word library and the templates, which takes longer than the document itself. Run on
     * an idle core while questionnaires are being checked, it takes that time off the first real
     * document. A failure here is left for the real document to report.
     */
    void warmUp() {
        try {
            byte[] starter = StarterQuestionnaire.render().getBytes(StandardCharsets.UTF_8);
            Questionnaire questionnaire = new QuestionnaireLoader().load("starter.yaml", starter).questionnaire().orElseThrow();
            ComposedDocument sheet = composer().compose(questionnaire, DocumentKind.SHEET, Optional.empty());
            DocumentTree tree = parser.parse(sheet.markdown(), sheet.meta());
            SourceAttachment source = SourceAttachment.yaml(starter);
            docxWriter.write(tree, Optional.of(source), pdfWriter.write(tree, Optional.of(source)).headingPages());
            composer().compose(questionnaire, DocumentKind.CHARTER, Optional.empty());
        } catch (Exception | LinkageError e) {
            // the real documents meet the same problem and report it
        }
    }

    private byte[] docx(DocumentTree tree, SourceAttachment source, List<HeadingPage> pages) {
        try {
            return docxWriter.write(tree, Optional.of(source), pages);
        } catch (IOException e) {
            // every write is to memory: an I/O failure here is a bug, not the user's disk
            throw new UncheckedIOException("writing the Word file failed in memory", e);
        }
    }

    private static void checkGenerable(CheckedQuestionnaire checked) {
        if (!checked.valid()) {
            throw new IllegalArgumentException(checked.name() + " has errors: its documents cannot be generated");
        }
    }

    /** The documents asked for that the file has, in the order of {@link DocumentKind}: an establishment has only its charter. */
    private static List<DocumentKind> inOrder(CheckedQuestionnaire checked, Collection<DocumentKind> documents) {
        return List.of(DocumentKind.values()).stream().filter(documents::contains)
                .filter(kind -> !checked.isEstablishment() || kind == DocumentKind.CHARTER).toList();
    }

    /** Built on first use: adapted templates are only read, and reported, when documents are asked for. */
    private DocumentComposer composer() {
        DocumentComposer built = composer;
        if (built == null) {
            synchronized (this) {
                if (composer == null) {
                    composer = new DocumentComposer(templates.map(TemplateSet::overriddenBy).orElseGet(TemplateSet::shipped));
                }
                built = composer;
            }
        }
        return built;
    }
}

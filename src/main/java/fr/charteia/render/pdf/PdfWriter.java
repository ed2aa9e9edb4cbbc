package fr.charteia.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.HeadingPage;
import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceDateEpoch;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes a document tree as a PDF: the tree becomes XHTML with the print stylesheet
 * ({@link XhtmlDocument}), laid out by openhtmltopdf on Apache PDFBox, then finished with PDFBox
 * (properties, link descriptions, the source questionnaire as an attachment, a content-derived id).
 *
 * <p>Every PDF is tagged and claims PDF/A-3a and PDF/UA-1: document language and title, reading
 * order, bookmarks for every heading, table headers, alternative text for the logo. The fonts are
 * the toolkit's own, embedded as subsets; a character none of them can draw is reported in
 * {@link PdfResult#missing()}. Nothing is loaded from outside while rendering: a web address or a
 * file path in the text is printed, never fetched.
 *
 * <p>A sheet must fit one A4 page: when it does not, it is laid out again a little tighter, down to
 * 7.5 pt type, and if it still runs over, {@link PdfResult#warnings()} says so.
 *
 * <p>The same tree gives the same bytes. The files are dated {@link DocumentMeta#effectiveDate()} at
 * 00:00 UTC, or at the instant of the {@code SOURCE_DATE_EPOCH} environment variable (seconds since
 * 1970-01-01 UTC) when it is set; the document id is a hash of the content.
 *
 * <p>An instance holds no state between calls and can be shared between threads.
 */
public final class PdfWriter {

    /** How many times a sheet is tightened before giving up on one page (see print.css, fit-1 to fit-3). */
    static final int MAX_TIGHTENING = 3;

    /**
     * A sheet laid out on more pages than this goes straight to the last step: from 8.5 pt at 1.15
     * to 7.5 pt at 1.02, a page holds some 45 % more text, not twice as much. The result is the one
     * the steps in between would reach; each layout of a long sheet is what costs.
     */
    static final int HOPELESS_PAGES = 2;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final DocumentBuilderFactory XML = xmlFactory();

    static {
        // The layout engine logs through java.util.logging by default; a command line tool prints only its
        // own messages. Its diagnostics are still collected for each rendering (see Rendering).
        XRLog.setLoggerImpl(new SilentLogger());
    }

    /** What happened during one rendering, for tests: what the engine asked to load, its warnings and errors. */
    record Rendering(List<String> requests, List<String> refusals, List<Diagnostic> diagnostics, int tightening,
            String xhtml) {
    }

    private final Optional<Instant> timestampOverride;
    private final Consumer<Rendering> observer;

    /** A writer that honours {@code SOURCE_DATE_EPOCH}. */
    public PdfWriter() {
        this(SourceDateEpoch.fromEnvironment());
    }

    /** A writer that dates its files at {@code timestampOverride} when present, else at the effective date. */
    public PdfWriter(Optional<Instant> timestampOverride) {
        this(timestampOverride, rendering -> { });
    }

    PdfWriter(Optional<Instant> timestampOverride, Consumer<Rendering> observer) {
        this.timestampOverride = timestampOverride;
        this.observer = observer;
    }

    /**
     * The PDF alone. Callers that report to a user should prefer {@link #write(DocumentTree, Optional)},
     * whose result also lists characters without a glyph and layout warnings.
     */
    public byte[] write(DocumentTree tree) throws IOException {
        return write(tree, Optional.empty()).bytes();
    }

    /**
     * The PDF, with {@code source} (the questionnaire) attached as a PDF/A-3 associated file when given,
     * and what the caller must tell the user.
     */
    public PdfResult write(DocumentTree tree, Optional<SourceAttachment> source) throws IOException {
        return write(tree, source, headings -> { });
    }

    /**
     * The same, telling {@code whenLaidOut} the page of every heading as soon as the layout is done,
     * before the pages are drawn and saved: a Word table of contents can be written meanwhile.
     */
    public PdfResult write(DocumentTree tree, Optional<SourceAttachment> source,
            Consumer<List<HeadingPage>> whenLaidOut) throws IOException {
        DocumentMeta meta = tree.meta();
        Instant timestamp = timestamp(meta);
        boolean sheet = meta.kind() == DocumentKind.SHEET;
        List<MissingGlyph> missing = List.of();
        List<String> warnings = new ArrayList<>();
        for (int tightening = 0; ; tightening++) {
            XhtmlDocument xhtml = XhtmlDocument.of(tree, tightening);
            if (tightening == 0) {
                missing = GlyphCoverage.shipped().missing(xhtml.texts());
            }
            List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
            ResourceGuard guard = new ResourceGuard(meta.logo().map(XhtmlWriter::dataUri),
                    meta.logo().map(logo -> logo.bytes()).orElse(new byte[0]));
            try (PDDocument document = new PDDocument()) {
                Document dom = parse(xhtml.xhtml());
                PdfRendererBuilder builder = builder(dom, guard, diagnostics, document);
                PdfFonts.Loaded fonts = PdfFonts.register(builder, document);
                try (fonts; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.layout();
                    int pages = renderer.getRootBox().getLayer().getPages().size();
                    int next = nextTightening(sheet, pages, tightening);
                    if (next > tightening) {
                        tightening = next - 1; // the loop adds the one
                        continue;
                    }
                    if (sheet && pages > 1) {
                        warnings.add("the best-practice sheet does not fit one A4 page even in 7.5 pt type: it runs onto "
                                + pages + " pages; shorten its lists (authorised and forbidden uses, practices) to keep"
                                + " it on one page");
                    }
                    List<HeadingPage> headingPages = LaidOutHeadings.of(renderer, dom);
                    whenLaidOut.accept(headingPages);
                    PDDocument drawn = renderer.createPDFKeepOpen();
                    byte[] bytes = finish(drawn, meta, timestamp, id(xhtml, timestamp, source), source);
                    observer.accept(new Rendering(guard.requests(), guard.refusals(), List.copyOf(diagnostics),
                            tightening, xhtml.xhtml()));
                    return new PdfResult(bytes, pages, missing, warnings, headingPages);
                }
            }
        }
    }

    /**
     * Lays out an XHTML document written elsewhere (the room's session report) and finishes it as the
     * charters are: the toolkit's embedded fonts, tagged, PDF/A-3a and PDF/UA-1, properties and
     * document id from {@code meta} and the content, dated as {@link #write(DocumentTree)} dates.
     * The document must be self-contained (stylesheet inlined, see {@link XhtmlDocument#stylesheet}):
     * nothing is loaded from outside, and every text in it must already be escaped.
     */
    public byte[] writeXhtml(String xhtml, DocumentMeta meta) throws IOException {
        Instant timestamp = timestamp(meta);
        ResourceGuard guard = new ResourceGuard(Optional.empty(), new byte[0]);
        List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = builder(parse(xhtml), guard, diagnostics, document);
            PdfFonts.Loaded fonts = PdfFonts.register(builder, document);
            try (fonts; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument drawn = renderer.createPDFKeepOpen();
                return finish(drawn, meta, timestamp, id(xhtml, timestamp, Optional.empty()), Optional.empty());
            }
        }
    }

    /**
     * The XHTML {@link #write} ends up laying out: a charter as it is, a sheet at the tightening that
     * fits it on one page (or the last one), found by laying it out without drawing anything. What a
     * web preview shows, so that it is what prints.
     */
    public XhtmlDocument laidOut(DocumentTree tree) throws IOException {
        boolean sheet = tree.meta().kind() == DocumentKind.SHEET;
        for (int tightening = 0; ; ) {
            XhtmlDocument xhtml = XhtmlDocument.of(tree, tightening);
            if (!sheet) {
                return xhtml;
            }
            ResourceGuard guard = new ResourceGuard(tree.meta().logo().map(XhtmlWriter::dataUri),
                    tree.meta().logo().map(logo -> logo.bytes()).orElse(new byte[0]));
            int pages;
            try (PDDocument document = new PDDocument()) {
                PdfRendererBuilder builder = builder(parse(xhtml.xhtml()), guard,
                        Collections.synchronizedList(new ArrayList<>()), document);
                PdfFonts.Loaded fonts = PdfFonts.register(builder, document);
                try (fonts; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.layout();
                    pages = renderer.getRootBox().getLayer().getPages().size();
                }
            }
            int next = nextTightening(true, pages, tightening);
            if (next == tightening) {
                return xhtml;
            }
            tightening = next;
        }
    }

    /**
     * The tightening to lay a document out at after one layout of {@code pages} pages at {@code tightening}:
     * the same when it is final.
     */
    static int nextTightening(boolean sheet, int pages, int tightening) {
        if (!sheet || pages <= 1 || tightening >= MAX_TIGHTENING) {
            return tightening;
        }
        // Past two pages, no step but the last can fit it (each step saves under a third):
        // lay it out once more at the last step rather than at every one.
        return pages > HOPELESS_PAGES ? MAX_TIGHTENING : tightening + 1;
    }

    private static PdfRendererBuilder builder(Document xhtml, ResourceGuard guard, List<Diagnostic> diagnostics,
            PDDocument document) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.withProducer(PdfMetadata.PRODUCER);
        builder.useUriResolver(guard);
        builder.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(guard);
        builder.useProtocolsStreamImplementation(guard, ResourceGuard.PROTOCOLS);
        builder.withDiagnosticConsumer(diagnostic -> {
            if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
                diagnostics.add(diagnostic);
            }
        });
        builder.withW3cDocument(xhtml, null);
        return builder;
    }

    private static byte[] finish(PDDocument document, DocumentMeta meta, Instant timestamp, byte[] id,
            Optional<SourceAttachment> source) throws IOException {
        PdfFinishing.finish(document, meta, timestamp, id, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        document.save(out);
        return out.toByteArray();
    }

    /** The document id: the first 16 bytes of a SHA-256 of everything the file is made from. */
    static byte[] id(XhtmlDocument xhtml, Instant timestamp, Optional<SourceAttachment> source) {
        return id(xhtml.xhtml(), timestamp, source);
    }

    private static byte[] id(String xhtml, Instant timestamp, Optional<SourceAttachment> source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
            digest.update(Long.toString(timestamp.getEpochSecond()).getBytes(StandardCharsets.US_ASCII));
            source.ifPresent(attachment -> {
                digest.update(attachment.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update(attachment.mediaType().getBytes(StandardCharsets.UTF_8));
                digest.update(attachment.bytes());
            });
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private Instant timestamp(DocumentMeta meta) {
        return timestampOverride.orElseGet(() -> meta.effectiveDate().atStartOfDay().toInstant(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /** The XHTML as a DOM, parsed without loading anything: no external entity, no DTD, no XInclude. */
    static Document parse(String xhtml) throws IOException {
        DocumentBuilder parser;
        synchronized (XML) {
            try {
                parser = XML.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
            }
        }
        parser.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IOException("the XHTML written for the PDF does not parse (a bug of the writer): " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory xmlFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** Drops the layout engine's log lines; its diagnostics reach each rendering's consumer all the same. */
    private static final class SilentLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}

package fr.charteia.render.pdf;

import fr.charteia.document.PlainText;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import fr.charteia.document.TableOfContents;
import fr.charteia.model.DocumentLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample questionnaire, charter and sheet, written once with its questionnaire attached and
 * reopened: fonts, text, bookmarks, pages, properties and attachment. The standards (veraPDF) are
 * checked by {@link PdfSamplesConformanceIT}, in mvn verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfSamplesTest {

    /** One written sample: what went in, what came out. */
    record Written(String name, DocumentTree tree, byte[] source, PdfResult result, WrittenPdf pdf) {

        DocumentMeta meta() {
            return tree.meta();
        }

        boolean sheet() {
            return meta().kind() == DocumentKind.SHEET;
        }

        boolean french() {
            return meta().language() == DocumentLanguage.FR;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Written> written = new ArrayList<>();

    @BeforeAll
    void writeEverySample() throws IOException {
        PdfWriter writer = new PdfWriter(Optional.empty());
        for (Path file : PdfSamples.files()) {
            byte[] source = Files.readAllBytes(file);
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentTree tree = PdfSamples.tree(file, kind);
                PdfResult result = writer.write(tree, Optional.of(SourceAttachment.questionnaire(source)));
                String name = file.getFileName() + " " + kind.name().toLowerCase(Locale.ROOT);
                written.add(new Written(name, tree, source, result, new WrittenPdf(result.bytes())));
            }
        }
    }

    @AfterAll
    void close() {
        written.forEach(w -> w.pdf().close());
    }

    Stream<Written> samples() {
        return written.stream();
    }

    Stream<Written> charters() {
        return written.stream().filter(w -> !w.sheet());
    }

    Stream<Written> sheets() {
        return written.stream().filter(Written::sheet);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void embedsEveryFontItUses(Written sample) {
        List<PDFont> fonts = sample.pdf().fonts();
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("LiberationSans")
                || name.contains("DejaVuSans"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void drawsEveryCharacterWithoutWarning(Written sample) {
        assertThat(sample.result().missing()).isEmpty();
        assertThat(sample.result().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsTheDepartmentAndReference(Written sample) {
        String text = flat(sample.pdf().text());
        assertThat(text).contains(flat(sample.meta().service()), sample.meta().reference(),
                flat(sample.meta().organisation()));
    }

    /** Every word of the tree written with a letter outside ASCII comes back exactly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsAccentedWordsExactly(Written sample) {
        String text = flat(sample.pdf().text());
        Set<String> words = new LinkedHashSet<>();
        sample.tree().root().accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                for (String word : node.getLiteral().split("[^\\p{L}]+")) {
                    if (!word.isEmpty() && !word.chars().allMatch(c -> c < 128)) {
                        words.add(word);
                    }
                }
            }
        });
        if (sample.french()) {
            assertThat(words).contains("à");
            assertThat(text).contains(" à ", "données", "Établissement");
        }
        assertThat(words).allSatisfy(word -> assertThat(text).contains(word));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charters")
    void printsGuillemetsWithTheirSpaces(Written sample) {
        if (sample.french()) {
            assertThat(flat(sample.pdf().text())).contains("« prompt »");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void hasABookmarkForEveryHeadingNestedByLevel(Written sample) {
        List<String> expected = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        sample.tree().root().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (!(heading.getNext() instanceof TableOfContents)) {
                    int level = Math.min(3, heading.getLevel());
                    levels.removeIf(open -> open >= level);
                    int depth = levels.size();
                    levels.add(level);
                    expected.add("  ".repeat(depth) + PlainText.of(heading));
                }
            }
        });
        assertThat(expected).isNotEmpty();
        assertThat(sample.pdf().bookmarks()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void sheetHoldsOnExactlyOnePage(Written sample) {
        assertThat(sample.result().pageCount()).isEqualTo(1);
        assertThat(sample.pdf().pages()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charters")
    void charterRunsOverSeveralPages(Written sample) {
        assertThat(sample.pdf().pages()).isEqualTo(sample.result().pageCount()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void carriesTheDocumentLanguageAndTitle(Written sample) throws Exception {
        PDDocumentCatalog catalog = sample.pdf().document.getDocumentCatalog();
        assertThat(catalog.getLanguage()).isEqualTo(sample.meta().language().tag());
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getStructureTreeRoot()).isNotNull();
        assertThat(sample.pdf().document.getDocumentInformation().getTitle()).isEqualTo(sample.meta().title());
        assertThat(sample.pdf().document.getDocumentInformation().getAuthor()).isEqualTo(sample.meta().organisation());

        XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(sample.meta().title());
        assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly(sample.meta().language().tag());
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void carriesTheQuestionnaireAsItsSource(Written sample) throws Exception {
        Map<String, PDComplexFileSpecification> attachments = sample.pdf().attachments();
        assertThat(attachments).containsOnlyKeys("questionnaire.yaml");
        PDComplexFileSpecification file = attachments.get("questionnaire.yaml");
        assertThat(file.getEmbeddedFile().toByteArray()).isEqualTo(sample.source());
        assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/yaml");
        assertThat(file.getFileUnicode()).isEqualTo("questionnaire.yaml");
        assertThat(file.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Source");
        COSArray associated = (COSArray) sample.pdf().document.getDocumentCatalog().getCOSObject()
                .getDictionaryObject(COSName.getPDFName("AF"));
        assertThat(associated.size()).isEqualTo(1);
        assertThat(associated.getObject(0)).isSameAs(file.getCOSObject());
        assertThat(EmbeddedQuestionnaire.read(sample.pdf().bytes)).as("what charte-ia extract reads back")
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(sample.source()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsTheRunningHeaderAndFooterOnEveryPage(Written sample) {
        DocumentMeta meta = sample.meta();
        int pages = sample.pdf().pages();
        for (int page = 1; page <= pages; page++) {
            String text = flat(sample.pdf().pageByPosition(page));
            assertThat(text).as("page %d", page)
                    .contains(flat(meta.organisation() + meta.label("header.separator") + meta.service()
                            + meta.label("header.separator") + meta.reference()))
                    .contains(meta.label("footer.version") + " " + meta.version() + meta.label("header.separator")
                            + meta.label("footer.page") + " " + page + " " + meta.label("footer.of") + " " + pages);
        }
    }

    /** Each entry of the table of contents names the page its heading is printed on. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charters")
    void tableOfContentsGivesRealPageNumbers(Written sample) {
        Pattern entry = Pattern.compile("^(.+?)\\s*\\.{4,}\\s*(\\d+)$");
        List<String[]> entries = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            for (String line : sample.pdf().page(page).split("\\R")) {
                Matcher matcher = entry.matcher(line.strip());
                if (matcher.matches()) {
                    entries.add(new String[] {matcher.group(1), matcher.group(2)});
                }
            }
        }
        assertThat(entries).hasSizeGreaterThan(10);
        for (String[] item : entries) {
            int page = Integer.parseInt(item[1]);
            assertThat(page).as(item[0]).isBetween(1, sample.pdf().pages());
            assertThat(flat(sample.pdf().page(page))).as("page %d holds « %s »", page, item[0]).contains(flat(item[0]));
        }
    }

    /** French typography holds in print: no line starts with ; : ! ? or », none ends with «. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void neverStartsALineWithFrenchPunctuation(Written sample) {
        if (!sample.french()) {
            return;
        }
        for (int page = 1; page <= sample.pdf().pages(); page++) {
            assertThat(sample.pdf().lineSegments(page)).as("page %d", page)
                    .noneMatch(line -> line.matches("^[;:!?»].*") || line.endsWith("«"));
        }
    }

    /** A heading is never the last line of a page: it stays with what follows it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charters")
    void neverLeavesAHeadingAloneAtTheFootOfAPage(Written sample) {
        List<String> headings = new ArrayList<>();
        sample.tree().root().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(flat(PlainText.of(heading)));
            }
        });
        String footer = sample.meta().label("footer.version") + " " + sample.meta().version();
        for (int page = 1; page < sample.pdf().pages(); page++) {
            List<String> lines = sample.pdf().pageByPosition(page).lines().map(line -> flat(line).strip())
                    .filter(line -> !line.isEmpty() && !line.startsWith(footer)).toList();
            String last = lines.get(lines.size() - 1);
            assertThat(headings).as("page %d ends with « %s »", page, last)
                    .noneMatch(heading -> last.length() > 3 && heading.endsWith(last));
        }
    }

    /** Whitespace and no-break spaces read as single spaces, so a wrapped line compares with one. */
    static String flat(String text) {
        return WrittenPdf.spaces(text).replaceAll("\\s+", " ");
    }
}

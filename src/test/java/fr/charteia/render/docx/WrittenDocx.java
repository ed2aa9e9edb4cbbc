package fr.charteia.render.docx;

import fr.charteia.document.DocumentTree;
import fr.charteia.document.HeadingPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A tree written by the writer and reopened with POI, with the look-ups the tests share. */
final class WrittenDocx implements AutoCloseable {

    final byte[] bytes;
    final XWPFDocument document;

    private WrittenDocx(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file written elsewhere (by the command line), reopened. */
    static WrittenDocx read(byte[] bytes) {
        return new WrittenDocx(bytes);
    }

    /** Written as by default, but blind to a SOURCE_DATE_EPOCH set where the tests run. */
    static WrittenDocx of(DocumentTree tree) {
        return of(tree, Optional.empty());
    }

    /** Written with the page of each heading given, as a layout would give them. */
    static WrittenDocx of(DocumentTree tree, List<HeadingPage> pages) {
        try {
            return new WrittenDocx(new DocxWriter(Optional.empty()).write(tree, Optional.empty(), pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WrittenDocx of(DocumentTree tree, Optional<Instant> timestamp) {
        try {
            return new WrittenDocx(new DocxWriter(timestamp).write(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph of the body, including those in table cells, in document order. */
    List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(document.getBodyElements(), paragraphs);
        return paragraphs;
    }

    List<XWPFParagraph> paragraphsStyled(String styleId) {
        return paragraphs().stream().filter(p -> styleId.equals(p.getStyle())).toList();
    }

    /** The first paragraph that reads {@code text}, outside the table of contents. */
    XWPFParagraph paragraph(String text) {
        return paragraphs().stream()
                .filter(p -> p.getStyle() == null || !p.getStyle().matches("TOC\\d"))
                .filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads \"" + text + "\""));
    }

    /** The top-level tables of the body, in order. */
    List<XWPFTable> tables() {
        return document.getTables();
    }

    XWPFStyle style(String styleId) {
        return document.getStyles().getStyle(styleId);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        paragraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    /** The XML of a part, as stored in the zip. */
    String part(String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no part " + name);
    }

    /** The paragraphs of a cell, one a line. */
    static String cellText(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip();
    }

    /** Bold through the Strong character style (bold is never direct formatting). */
    static boolean strong(XWPFRun run) {
        return "Strong".equals(run.getStyle());
    }

    /** Italic through the Emphasis character style. */
    static boolean emphasis(XWPFRun run) {
        return "Emphasis".equals(run.getStyle());
    }

    static List<String> rowTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(WrittenDocx::cellText).toList();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }
}

package fr.charteia.render.docx;

import fr.charteia.document.Callout;
import fr.charteia.document.Columns;
import fr.charteia.document.Cartouche;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.PageBreak;
import fr.charteia.document.CompactTable;
import fr.charteia.document.SignatureTable;
import fr.charteia.document.TableOfContents;
import fr.charteia.document.TypesetMeta;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Walks the blocks of the document tree and writes each into a container (the body or a cell):
 * headings with their bookmarks, paragraphs, lists, tables, callouts, quotations, page breaks,
 * and the blocks the writer draws itself (cartouche, table of contents). One instance per
 * written document.
 */
final class DocxBlocks {

    private final DocumentMeta meta;
    private final DocxLayout layout;
    private final HeadingAnchors anchors;
    private final DocxLists lists;

    DocxBlocks(DocumentMeta meta, DocxLayout layout, DocxNumbering numbering, HeadingAnchors anchors) {
        this.meta = meta;
        this.layout = layout;
        this.anchors = anchors;
        this.lists = new DocxLists(this, numbering, layout);
    }

    /** Writes every child of {@code parent}; plain paragraphs take {@code paragraphStyle}. */
    void blocks(Node parent, BlockContainer out, String paragraphStyle) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, out, paragraphStyle);
        }
    }

    void block(Node node, BlockContainer out, String paragraphStyle) {
        if (node instanceof Heading heading) {
            heading(heading, out);
        } else if (node instanceof Paragraph paragraph) {
            XWPFParagraph written = out.paragraph(paragraphStyle);
            if (introduces(paragraph.getNext())) {
                written.setKeepNext(true);
            }
            DocxInlines.write(paragraph, written, DocxInlines.Look.PLAIN);
        } else if (node instanceof ListBlock list) {
            lists.write(list, out);
        } else if (node instanceof TableBlock table) {
            DocxTables.write(table, out, DocxTables.Kind.PLAIN, layout);
        } else if (node instanceof SignatureTable signatures) {
            if (signatures.getFirstChild() instanceof TableBlock table) {
                DocxTables.write(table, out, DocxTables.Kind.SIGNATURES, layout);
            }
        } else if (node instanceof CompactTable compact) {
            if (compact.getFirstChild() instanceof TableBlock table) {
                DocxTables.write(table, out, DocxTables.Kind.COMPACT, layout);
            }
        } else if (node instanceof Columns columns) {
            DocxColumns.write(columns, out, this, paragraphStyle);
        } else if (node instanceof Callout callout) {
            DocxCallouts.write(callout, out, this, layout);
        } else if (node instanceof BlockQuote quote) {
            blocks(quote, out, DocxStyles.QUOTE);
        } else if (node instanceof PageBreak) {
            out.breakPage();
        } else if (node instanceof TableOfContents) {
            if (meta.kind() != DocumentKind.SHEET) {
                // Templates leave the title to the writers (templates/README.md); an older template's
                // own heading just before the table is kept instead.
                if (!(node.getPrevious() instanceof Heading heading && anchors.isTableOfContentsTitle(heading))) {
                    DocxInlines.run(out.paragraph(DocxStyles.TOC_HEADING), TypesetMeta.of(meta).label("toc.title"),
                            DocxInlines.Look.PLAIN);
                }
                DocxTableOfContents.write(out, anchors.listed());
            }
        } else if (node instanceof Cartouche) {
            DocxCartouche.write(out, meta, layout);
        } else if (node instanceof ThematicBreak) {
            XWPFParagraph rule = out.paragraph(paragraphStyle);
            DocxXml.border(DocxXml.paragraphProperties(rule).addNewPBdr().addNewBottom(), STBorder.SINGLE, 6,
                    DocxPalette.RULE, 1);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), out);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), out);
        } else if (node instanceof HtmlBlock html) {
            code(html.getLiteral(), out);
        } else {
            blocks(node, out, paragraphStyle);
        }
    }

    /** A lead-in sentence stays on the page of the list or table it introduces. */
    static boolean introduces(Node next) {
        return next instanceof ListBlock || next instanceof TableBlock || next instanceof SignatureTable
                || next instanceof CompactTable;
    }

    private void heading(Heading heading, BlockContainer out) {
        boolean title = anchors.isTableOfContentsTitle(heading);
        XWPFParagraph paragraph = out.paragraph(title ? DocxStyles.TOC_HEADING : DocxStyles.heading(heading.getLevel()));
        Optional<HeadingAnchors.Entry> anchor = anchors.find(heading);
        anchor.ifPresent(entry -> {
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setId(DocxXml.big(entry.id()));
            start.setName(entry.bookmark());
        });
        // Every heading style is bold (TOC Heading too, being based on Heading 1).
        DocxInlines.write(heading, paragraph, DocxInlines.Look.PLAIN, DocxInlines.Look.BOLD);
        anchor.ifPresent(entry -> paragraph.getCTP().addNewBookmarkEnd().setId(DocxXml.big(entry.id())));
    }

    /** Code or raw text, line by line, in a monospaced shaded paragraph; printed, never interpreted. */
    private static void code(String literal, BlockContainer out) {
        XWPFParagraph paragraph = out.paragraph(DocxStyles.CODE);
        String[] lines = literal.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = DocxInlines.run(paragraph, lines[i], DocxInlines.Look.PLAIN);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }
}

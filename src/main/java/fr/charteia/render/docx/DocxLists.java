package fr.charteia.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Bulleted and numbered lists as real Word lists. A list nested in a list of the same kind
 * continues its parent's numbering instance one level deeper (so it restarts under each parent
 * item); any other list gets a numbering instance of its own, starting at its first number. An
 * item's first paragraph carries the bullet or number, its later paragraphs line up with its text.
 */
final class DocxLists {

    private final DocxBlocks blocks;
    private final DocxNumbering numbering;
    private final DocxLayout layout;
    private XWPFParagraph last;

    DocxLists(DocxBlocks blocks, DocxNumbering numbering, DocxLayout layout) {
        this.blocks = blocks;
        this.numbering = numbering;
        this.layout = layout;
    }

    void write(ListBlock list, BlockContainer out) {
        write(list, out, 0, null, false);
        if (last != null) {
            DocxXml.spacing(last).setAfter(DocxXml.big(layout.spaceAfter()));
        }
        last = null;
    }

    private void write(ListBlock list, BlockContainer out, int level, BigInteger parentNum, boolean parentOrdered) {
        boolean ordered = list instanceof OrderedList;
        int start = list instanceof OrderedList numbered && numbered.getMarkerStartNumber() != null
                ? numbered.getMarkerStartNumber() : 1;
        BigInteger num = parentNum != null && parentOrdered == ordered && start == 1
                ? parentNum : numbering.newList(ordered, level, start);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                item(listItem, out, level, num, ordered);
            }
        }
    }

    private void item(ListItem item, BlockContainer out, int level, BigInteger num, boolean ordered) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                XWPFParagraph written = out.paragraph(DocxStyles.LIST_PARAGRAPH);
                if (DocxBlocks.introduces(paragraph.getNext())) {
                    written.setKeepNext(true);
                }
                if (first) {
                    DocxNumbering.number(written, num, level);
                } else {
                    DocxXml.paragraphProperties(written).addNewInd().setLeft(DocxXml.big(DocxNumbering.textIndent(level)));
                }
                DocxInlines.write(paragraph, written, DocxInlines.Look.PLAIN);
                last = written;
            } else if (child instanceof ListBlock nested) {
                write(nested, out, level + 1, num, ordered);
            } else {
                blocks.block(child, out, DocxStyles.LIST_PARAGRAPH);
                last = null;
            }
            first = false;
        }
        if (first) {
            XWPFParagraph empty = out.paragraph(DocxStyles.LIST_PARAGRAPH);
            DocxNumbering.number(empty, num, level);
            last = empty;
        }
    }
}

package fr.charteia.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * The numbering part (numbering.xml): one multi-level definition for bullets (• ◦ ▪) and one for
 * ordered lists (1. a. i.), and one numbering instance per list, so that every ordered list starts
 * again at its first number. Holds the count of instances: one per document.
 */
final class DocxNumbering {

    /** Word knows nine levels; Markdown nests deeper only in theory. */
    static final int LEVELS = 9;
    /** Indent per level, in twips: 0.635 cm, Word's own step. */
    static final int STEP = 360;

    private static final int BULLET_DEFINITION = 0;
    private static final int ORDERED_DEFINITION = 1;
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final String[] ORDERED_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};

    private final CTNumbering numbering;
    private int instances;

    private DocxNumbering(CTNumbering numbering) {
        this.numbering = numbering;
    }

    static DocxNumbering install(XWPFDocument document) {
        StringBuilder xml = new StringBuilder(
                "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        xml.append(definition(BULLET_DEFINITION, true)).append(definition(ORDERED_DEFINITION, false));
        xml.append("</w:numbering>");
        try {
            CTNumbering numbering = NumberingDocument.Factory.parse(xml.toString(), DocxXml.PARSE_OPTIONS).getNumbering();
            document.createNumbering().setNumbering(numbering);
            return new DocxNumbering(numbering);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in numbering.xml does not parse", e);
        }
    }

    /**
     * A new list: a numbering instance whose level {@code level} starts at {@code start}, so
     * it does not continue an earlier list of the same kind.
     */
    BigInteger newList(boolean ordered, int level, int start) {
        instances++;
        CTNum num = numbering.addNewNum();
        num.setNumId(DocxXml.big(instances));
        num.addNewAbstractNumId().setVal(DocxXml.big(ordered ? ORDERED_DEFINITION : BULLET_DEFINITION));
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(DocxXml.big(clamp(level)));
        override.addNewStartOverride().setVal(DocxXml.big(start));
        return num.getNumId();
    }

    /** Makes a paragraph an item of a list at a nesting level (0 for the outermost). */
    static void number(XWPFParagraph paragraph, BigInteger numId, int level) {
        CTNumPr numPr = DocxXml.paragraphProperties(paragraph).addNewNumPr();
        numPr.addNewIlvl().setVal(DocxXml.big(clamp(level)));
        numPr.addNewNumId().setVal(numId);
    }

    /** Where the text of an item at a level starts, for the item's later paragraphs. */
    static int textIndent(int level) {
        return STEP * (clamp(level) + 1);
    }

    static int clamp(int level) {
        return Math.max(0, Math.min(LEVELS - 1, level));
    }

    private static String definition(int id, boolean bullets) {
        StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">");
        for (int level = 0; level < LEVELS; level++) {
            String format = bullets ? "bullet" : ORDERED_FORMATS[level % ORDERED_FORMATS.length];
            String text = bullets ? BULLETS[level % BULLETS.length] : "%" + (level + 1) + ".";
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\">")
                    .append("<w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"").append(format).append("\"/>")
                    .append("<w:lvlText w:val=\"").append(text).append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(textIndent(level))
                    .append("\" w:hanging=\"").append(STEP).append("\"/></w:pPr>")
                    .append("<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:hint=\"default\"/></w:rPr>")
                    .append("</w:lvl>");
        }
        return xml.append("</w:abstractNum>").toString();
    }
}

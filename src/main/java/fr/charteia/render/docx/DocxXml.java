package fr.charteia.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/** Small helpers over the OOXML beans that POI's user model does not cover. */
final class DocxXml {

    /** Parts written as XML text lose the indentation of the Java source. */
    static final XmlOptions PARSE_OPTIONS = new XmlOptions().setLoadStripWhitespace().setLoadStripComments();

    private DocxXml() {
    }

    /**
     * The text without the characters XML 1.0 cannot hold (control characters other than tab, line
     * feed and carriage return, lone surrogates): a stray one would make the whole file unreadable.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.substring(0, i));
            } else if (allowed && safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /** Escapes a value placed in an XML attribute of a part written as text. */
    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void border(CTBorder border, STBorder.Enum kind, int eighthsOfPoint, String colour) {
        border(border, kind, eighthsOfPoint, colour, 0);
    }

    /** A border {@code spacePoints} points away from the text, as paragraph borders want. */
    static void border(CTBorder border, STBorder.Enum kind, int eighthsOfPoint, String colour, int spacePoints) {
        border.setVal(kind);
        border.setSz(big(eighthsOfPoint));
        border.setSpace(big(spacePoints));
        border.setColor(colour);
    }

    static void shade(CTShd shading, String fill) {
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(fill);
    }

    static CTPPr paragraphProperties(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().getPPr();
        return properties != null ? properties : paragraph.getCTP().addNewPPr();
    }

    static CTSpacing spacing(XWPFParagraph paragraph) {
        CTPPr properties = paragraphProperties(paragraph);
        return properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
    }
}

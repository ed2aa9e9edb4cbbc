package fr.charteia.render.docx;

import fr.charteia.model.DocumentLanguage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles part (styles.xml): document defaults (Arial, body size, language) and the named
 * styles paragraphs refer to. Built-in styles keep Word's built-in names ("heading 1", "toc 1",
 * "List Paragraph"…) so Word shows them translated, puts headings in the navigation pane and
 * builds its table of contents from them.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_PREFIX = "Heading";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_PREFIX = "TOC";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String QUOTE = "Quote";
    static final String CALLOUT = "CalloutText";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_SMALL = "TableSmall";
    static final String CARTOUCHE_LABEL = "CartoucheLabel";
    static final String CODE = "Code";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String STRONG = "Strong";
    static final String EMPHASIS = "Emphasis";
    static final String STRONG_EMPHASIS = "StrongEmphasis";
    static final String INLINE_CODE = "InlineCode";
    static final String TABLE = "TableGrid";

    /**
     * The names users see of the toolkit's own styles, French and English; their ids stay ASCII and the
     * same in every language. Word's built-in styles keep their built-in names instead (Normal,
     * heading 1, Strong…), which Word shows in the user's language itself.
     */
    static final List<CustomName> CUSTOM_NAMES = List.of(
            new CustomName(CALLOUT, "Encadré", "Callout Text"),
            new CustomName(TABLE_TEXT, "Texte de tableau", "Table Text"),
            new CustomName(TABLE_SMALL, "Texte de tableau (petit)", "Table Text Small"),
            new CustomName(CARTOUCHE_LABEL, "Libellé du cartouche", "Cartouche Label"),
            new CustomName(CODE, "Bloc de code", "Code Block"),
            new CustomName(STRONG_EMPHASIS, "Fort et accentuation", "Strong Emphasis"),
            new CustomName(INLINE_CODE, "Code dans le texte", "Inline Code"));

    /** A custom style's id and its names. */
    record CustomName(String styleId, String french, String english) {

        String in(DocumentLanguage language) {
            return language == DocumentLanguage.EN ? english : french;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9]+)}");

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                  <w:sz w:val="${body}"/><w:szCs w:val="${body}"/>
                  <w:lang w:val="${lang}"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr>
                  <w:spacing w:after="${after}" w:line="${line}" w:lineRule="auto"/>
                </w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
                <w:pPr><w:widowControl/></w:pPr>
              </w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
                  <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                  <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                </w:tblCellMar></w:tblPr>
              </w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList">
                <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="${heading}"/><w:sz w:val="${title}"/><w:szCs w:val="${title}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/>
                  <w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="${heading}"/></w:pBdr>
                  <w:spacing w:before="${h1before}" w:after="${h1after}"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="${heading}"/><w:sz w:val="${h1}"/><w:szCs w:val="${h1}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${h2before}" w:after="${h2after}"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="${heading}"/><w:sz w:val="${h2}"/><w:szCs w:val="${h2}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading3">
                <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${h3before}" w:after="${h3after}"/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="${heading3}"/><w:sz w:val="${h3}"/><w:szCs w:val="${h3}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="TOCHeading">
                <w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:outlineLvl w:val="9"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="TOC1">
                <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
                <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidth}"/></w:tabs><w:spacing w:before="80" w:after="20"/></w:pPr>
                <w:rPr><w:b/><w:bCs/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="TOC2">
                <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
                <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidth}"/></w:tabs><w:spacing w:before="0" w:after="20"/><w:ind w:left="284"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph">
                <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
                <w:pPr><w:spacing w:after="${listAfter}"/><w:ind w:left="720"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Quote">
                <w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
                <w:pPr><w:spacing w:before="60"/><w:ind w:left="567" w:right="567"/></w:pPr>
                <w:rPr><w:i/><w:iCs/><w:color w:val="404040"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="CalloutText">
                <w:name w:val="${nameCalloutText}"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
                <w:name w:val="${nameTableText}"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="${table}"/><w:szCs w:val="${table}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableSmall">
                <w:name w:val="${nameTableSmall}"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:pPr><w:spacing w:before="10" w:after="10"/></w:pPr>
                <w:rPr><w:sz w:val="${small}"/><w:szCs w:val="${small}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="CartoucheLabel">
                <w:name w:val="${nameCartoucheLabel}"/><w:basedOn w:val="TableText"/><w:next w:val="TableText"/>
                <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="${muted}"/><w:sz w:val="${small}"/><w:szCs w:val="${small}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Code">
                <w:name w:val="${nameCode}"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="${table}"/><w:szCs w:val="${table}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Header">
                <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:tabs><w:tab w:val="right" w:pos="${textWidth}"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:color w:val="${muted}"/><w:sz w:val="${small}"/><w:szCs w:val="${small}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Footer">
                <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:tabs><w:tab w:val="center" w:pos="${textCentre}"/><w:tab w:val="right" w:pos="${textWidth}"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:color w:val="${muted}"/><w:sz w:val="${small}"/><w:szCs w:val="${small}"/></w:rPr>
              </w:style>
              <w:style w:type="character" w:styleId="Strong">
                <w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/>
                <w:rPr><w:b/><w:bCs/></w:rPr>
              </w:style>
              <w:style w:type="character" w:styleId="Emphasis">
                <w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/>
                <w:rPr><w:i/><w:iCs/></w:rPr>
              </w:style>
              <w:style w:type="character" w:customStyle="1" w:styleId="StrongEmphasis">
                <w:name w:val="${nameStrongEmphasis}"/><w:basedOn w:val="Strong"/><w:uiPriority w:val="22"/><w:qFormat/>
                <w:rPr><w:i/><w:iCs/></w:rPr>
              </w:style>
              <w:style w:type="character" w:customStyle="1" w:styleId="InlineCode">
                <w:name w:val="${nameInlineCode}"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>
                <w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr>
              </w:style>
              <w:style w:type="character" w:styleId="Hyperlink">
                <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:rPr><w:color w:val="${link}"/><w:u w:val="single"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:styleId="TableGrid">
                <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
                <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="${border}"/>
                </w:tblBorders></w:tblPr>
              </w:style>
            </w:styles>
            """;

    private DocxStyles() {
    }

    static String heading(int level) {
        return HEADING_PREFIX + Math.max(1, Math.min(3, level));
    }

    static String tableOfContents(int level) {
        return TOC_PREFIX + level;
    }

    static void install(XWPFDocument document, DocxLayout layout, DocumentLanguage language) {
        Map<String, String> values = new HashMap<>(Map.ofEntries(
                Map.entry("body", Integer.toString(layout.bodySize())),
                Map.entry("table", Integer.toString(layout.tableSize())),
                Map.entry("small", Integer.toString(layout.smallSize())),
                Map.entry("title", Integer.toString(layout.titleSize())),
                Map.entry("h1", Integer.toString(layout.heading1Size())),
                Map.entry("h2", Integer.toString(layout.heading2Size())),
                Map.entry("h3", Integer.toString(layout.heading3Size())),
                Map.entry("h1before", Integer.toString(layout.compact() ? 160 : 360)),
                Map.entry("h1after", Integer.toString(layout.compact() ? 60 : 160)),
                Map.entry("h2before", Integer.toString(layout.compact() ? 120 : 240)),
                Map.entry("h2after", Integer.toString(layout.compact() ? 40 : 100)),
                Map.entry("h3before", Integer.toString(layout.compact() ? 100 : 200)),
                Map.entry("h3after", Integer.toString(layout.compact() ? 40 : 80)),
                Map.entry("after", Integer.toString(layout.spaceAfter())),
                Map.entry("listAfter", Integer.toString(layout.spaceAfter() / 2)),
                Map.entry("line", Integer.toString(layout.lineSpacing())),
                Map.entry("textWidth", Integer.toString(layout.textWidth())),
                Map.entry("textCentre", Integer.toString(layout.textWidth() / 2)),
                Map.entry("lang", DocxXml.attribute(language.tag())),
                Map.entry("heading", DocxPalette.HEADING),
                Map.entry("heading3", DocxPalette.HEADING_3),
                Map.entry("muted", DocxPalette.TEXT_MUTED),
                Map.entry("link", DocxPalette.HYPERLINK),
                Map.entry("border", DocxPalette.TABLE_BORDER)));
        CUSTOM_NAMES.forEach(name -> values.put("name" + name.styleId(), DocxXml.attribute(name.in(language))));
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(fill(STYLES, values), DocxXml.PARSE_OPTIONS)
                    .getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles.xml does not parse", e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + placeholder.group(1) + "} in styles.xml");
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}

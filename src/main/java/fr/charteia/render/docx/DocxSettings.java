package fr.charteia.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

/**
 * The settings part (settings.xml). Declares the current Word compatibility mode, without which
 * Word opens the file in "Compatibility Mode". Fields are marked for update on opening: the
 * cached page numbers of the table of contents come from the PDF's layout, and Word's own layout
 * (its fonts, its line breaks) may move a section by a page. Word asks first whether to update
 * (its security prompt for fields); LibreOffice shows the cached table.
 */
final class DocxSettings {

    private static final String SETTINGS = """
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:zoom w:percent="100"/>
              <w:defaultTabStop w:val="708"/>
              <w:characterSpacingControl w:val="doNotCompress"/>
              <w:compat>
                <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
              </w:compat>
            </w:settings>
            """;

    private DocxSettings() {
    }

    static void install(XWPFDocument document) {
        try {
            document.getSettings().getCTSettings()
                    .set(SettingsDocument.Factory.parse(SETTINGS, DocxXml.PARSE_OPTIONS).getSettings());
            document.enforceUpdateFields();
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in settings.xml does not parse", e);
        }
    }
}

package fr.charteia.render.docx;

import fr.charteia.document.DocumentMeta;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Document properties (docProps/core.xml and app.xml): title, subject, author, keywords,
 * language, reference and version, and fixed dates so the same input gives the same file.
 */
final class DocxProperties {

    static final String APPLICATION = "charte-ia";

    private DocxProperties() {
    }

    static void write(XWPFDocument document, DocumentMeta meta, Instant timestamp) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(DocxXml.xmlSafe(meta.title()));
        core.setSubjectProperty(DocxXml.xmlSafe(meta.subject()));
        core.setCreator(DocxXml.xmlSafe(meta.organisation()));
        core.setKeywords(DocxXml.xmlSafe(String.join("; ", meta.keywords())));
        core.setCategory(DocxXml.xmlSafe(meta.documentType()));
        core.setIdentifier(DocxXml.xmlSafe(meta.reference()));
        core.setVersion(DocxXml.xmlSafe(meta.version()));
        core.setLastModifiedByUser(APPLICATION);
        core.setCreated(Optional.of(Date.from(timestamp)));
        core.setModified(Optional.of(Date.from(timestamp)));
        core.getUnderlyingProperties().setLanguageProperty(meta.language().tag());

        POIXMLProperties.ExtendedProperties extended = document.getProperties().getExtendedProperties();
        extended.setApplication(APPLICATION);
        extended.setCompany(DocxXml.xmlSafe(meta.organisation()));
    }
}

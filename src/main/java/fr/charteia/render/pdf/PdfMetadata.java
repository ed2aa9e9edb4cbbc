package fr.charteia.render.pdf;

import fr.charteia.document.DocumentMeta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The document properties, written twice as PDF/A asks and kept equal: the Info dictionary and
 * the XMP packet (Dublin Core title, creator, description and language, dates, producer,
 * keywords), with the PDF/A-3 and PDF/UA-1 identification and the extension schema PDF/A
 * requires to declare the PDF/UA property. Written by hand, rather than with xmpbox, so that the
 * packet is the same byte for byte on every run.
 */
final class PdfMetadata {

    static final String PRODUCER = "charte-ia";
    /** PDF/A part and conformance level claimed in the XMP; the tests validate against the same. */
    static final int PDFA_PART = 3;
    static final String PDFA_CONFORMANCE = "A";

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PdfMetadata() {
    }

    static void write(PDDocument document, DocumentMeta meta, Instant timestamp) throws IOException {
        Calendar date = calendar(timestamp);
        String keywords = clean(String.join(", ", meta.keywords()));
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(clean(meta.title()));
        info.setAuthor(clean(meta.organisation()));
        info.setSubject(clean(meta.subject()));
        info.setKeywords(keywords);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        byte[] xmp = xmp(meta, keywords, XMP_DATE.format(timestamp)).getBytes(StandardCharsets.UTF_8);
        catalog.setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp)));
        catalog.setLanguage(meta.language().tag());
    }

    static Calendar calendar(Instant timestamp) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(timestamp.getEpochSecond() * 1000);
        return calendar;
    }

    static String xmp(DocumentMeta meta, String keywords, String date) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
                + "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                + "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                + "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text(meta.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + text(meta.organisation()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text(meta.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + text(meta.language().tag()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + text(keywords) + "</pdf:Keywords>\n"
                + "   <pdfaid:part>" + PDFA_PART + "</pdfaid:part>\n"
                + "   <pdfaid:conformance>" + PDFA_CONFORMANCE + "</pdfaid:conformance>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "   <pdfaExtension:schemas>\n"
                + "    <rdf:Bag>\n"
                + "     <rdf:li rdf:parseType=\"Resource\">\n"
                + "      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "      <pdfaSchema:property>\n"
                + "       <rdf:Seq>\n"
                + "        <rdf:li rdf:parseType=\"Resource\">\n"
                + "         <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "         <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "         <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n"
                + "        </rdf:li>\n"
                + "       </rdf:Seq>\n"
                + "      </pdfaSchema:property>\n"
                + "     </rdf:li>\n"
                + "    </rdf:Bag>\n"
                + "   </pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** XML-escaped, after {@link #clean}. */
    private static String text(String value) {
        return Markup.escape(clean(value));
    }

    /**
     * The value without what XML cannot hold (control characters, lone surrogates), so that the
     * Info dictionary and the XMP packet say exactly the same.
     */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == ' ' || (Markup.isXmlCharacter(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.SURROGATE)).forEach(out::appendCodePoint);
        return out.toString();
    }
}

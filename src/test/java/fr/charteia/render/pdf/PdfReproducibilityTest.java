package fr.charteia.render.pdf;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceDateEpoch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Same tree, same bytes: whenever, wherever, on whichever thread it is written. */
class PdfReproducibilityTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");

    private final PdfWriter writer = new PdfWriter(Optional.empty());

    @Test
    void twoWritesOfTheSameTreeGiveIdenticalBytes() throws Exception {
        byte[] first = writer.write(conventionsWithLogo());
        byte[] second = writer.write(conventionsWithLogo());
        assertThat(second).isEqualTo(first);
    }

    /**
     * The moment of writing leaves no trace: no string or stream of the file, once decoded, holds
     * today's date as PDF (D:yyyyMMdd) or XMP (yyyy-MM-dd) writes it, so a write a second, or a day,
     * later gives the same bytes. The file's own dates are the effective date (2027-01-04).
     */
    @Test
    void theDayOfWritingAppearsNowhereInTheFile() throws Exception {
        Set<String> today = today();
        byte[] bytes = writer.write(conventionsWithLogo(), Optional.of(SourceAttachment.questionnaire("a: 1\n".getBytes())))
                .bytes();
        today.addAll(today());
        assumeFalse(today.contains("2027-01-04"), "written on the document's own date");

        String decoded = decoded(bytes);
        assertThat(decoded).contains("D:20270104", "2027-01-04");
        assertThat(traces(decoded, today)).isEmpty();
    }

    @Test
    void twoWritesOfASampleWithItsQuestionnaireGiveIdenticalBytes() throws Exception {
        SourceAttachment source = SourceAttachment.questionnaire(Files.readAllBytes(SAMPLE));
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] first = writer.write(PdfSamples.tree(SAMPLE, kind), Optional.of(source)).bytes();
            byte[] second = new PdfWriter(Optional.empty()).write(PdfSamples.tree(SAMPLE, kind), Optional.of(source)).bytes();
            assertThat(second).as(kind.name()).isEqualTo(first);
        }
    }

    @Test
    void theMachineTimeZoneChangesNothing() throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = writer.write(PdfSamples.conventions());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = writer.write(PdfSamples.conventions());
            assertThat(west).isEqualTo(east);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void isDatedAtTheEffectiveDateMidnightUtcInInfoAndXmp() throws Exception {
        try (WrittenPdf pdf = new WrittenPdf(writer.write(PdfSamples.conventions()))) {
            Instant midnight = Instant.parse("2027-01-04T00:00:00Z");
            assertThat(pdf.document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(midnight);
            assertThat(pdf.document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(midnight);
            XMPMetadata xmp = new DomXmpParser().parse(pdf.document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(midnight);
            assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant()).isEqualTo(midnight);
        }
    }

    @Test
    void aSourceDateEpochDatesTheFileAndItsAttachment() throws Exception {
        Instant epoch = Instant.parse("2026-09-15T08:30:00Z");
        byte[] bytes = new PdfWriter(Optional.of(epoch)).write(PdfSamples.conventions(),
                Optional.of(SourceAttachment.questionnaire("a: 1\n".getBytes()))).bytes();
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            Calendar created = pdf.document.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(epoch);
            XMPMetadata xmp = new DomXmpParser().parse(pdf.document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(epoch);
            assertThat(pdf.attachments().get("questionnaire.yaml").getEmbeddedFile().getModDate().toInstant())
                    .isEqualTo(epoch);
        }
    }

    @Test
    void readsSourceDateEpochAsSecondsAndRefusesAnythingElse() {
        assertThat(SourceDateEpoch.parse(null)).isEmpty();
        assertThat(SourceDateEpoch.parse(" ")).isEmpty();
        assertThat(SourceDateEpoch.parse("1790000000")).contains(Instant.ofEpochSecond(1_790_000_000L));
        assertThatThrownBy(() -> SourceDateEpoch.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC, not \"yesterday\"");
    }

    @Test
    void theDocumentIdComesFromTheContent() throws Exception {
        byte[] id = id(writer.write(PdfSamples.conventions()));
        assertThat(id).hasSize(16).isEqualTo(id(writer.write(PdfSamples.conventions())));
        DocumentTree other = PdfSamples.tree(DocumentFixtures.conventionsMarkdown() + "\nUne phrase de plus.\n",
                DocumentFixtures.charterMeta());
        assertThat(id(writer.write(other))).hasSize(16).isNotEqualTo(id);
        byte[] withSource = id(writer.write(PdfSamples.conventions(),
                Optional.of(SourceAttachment.questionnaire("a: 1\n".getBytes()))).bytes());
        assertThat(withSource).isNotEqualTo(id);
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        byte[] expected = writer.write(PdfSamples.conventions());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> writer.write(PdfSamples.conventions())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static DocumentTree conventionsWithLogo() {
        return PdfSamples.tree(DocumentFixtures.conventionsMarkdown(),
                PdfSamples.withLogo(DocumentFixtures.charterMeta()));
    }

    /** Each place a date appears, as the 30 characters either side of it. */
    private static List<String> traces(String text, Set<String> dates) {
        List<String> traces = new ArrayList<>();
        for (String date : dates) {
            for (int at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + 1)) {
                traces.add(text.substring(Math.max(0, at - 30), Math.min(text.length(), at + date.length() + 30)));
            }
        }
        return traces;
    }

    /** Today in UTC and on the machine's clock, as PDF (D:yyyyMMdd) and XMP (yyyy-MM-dd) write dates. */
    private static Set<String> today() {
        Set<String> dates = new HashSet<>();
        for (LocalDate day : List.of(LocalDate.now(ZoneOffset.UTC), LocalDate.now())) {
            dates.add("D:" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
            dates.add(day.toString());
        }
        return dates;
    }

    /** The file's bytes, then every string and every stream of its objects, decoded (ISO-8859-1). */
    private static String decoded(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        try (WrittenPdf written = new WrittenPdf(pdf)) {
            COSDocument document = written.document.getDocument();
            List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
            for (COSObjectKey key : keys) {
                appendDecoded(document.getObjectFromPool(key).getObject(), text);
            }
            appendDecoded(document.getTrailer(), text);
        }
        return text.toString();
    }

    /** Strings and streams inside one object; references are followed from the cross-reference table instead. */
    private static void appendDecoded(COSBase object, StringBuilder text) throws IOException {
        if (object instanceof COSString string) {
            text.append('\n').append(string.getString());
        } else if (object instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                appendDecoded(array.get(i), text);
            }
        } else if (object instanceof COSDictionary dictionary) {
            for (COSBase value : dictionary.getValues()) {
                appendDecoded(value, text);
            }
            if (dictionary instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    text.append('\n').append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    private static byte[] id(byte[] pdf) {
        try (WrittenPdf written = new WrittenPdf(pdf)) {
            COSArray ids = written.document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(ids.size()).isEqualTo(2);
            assertThat(((COSString) ids.getObject(0)).getBytes()).isEqualTo(((COSString) ids.getObject(1)).getBytes());
            return ((COSString) ids.getObject(0)).getBytes();
        }
    }
}

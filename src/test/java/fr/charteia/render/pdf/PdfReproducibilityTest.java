package fr.charteia.render.pdf;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Same tree, same bytes: whenever, wherever, on whichever thread it is written. */
class PdfReproducibilityTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");

    private final PdfWriter writer = new PdfWriter(Optional.empty());

    @Test
    void twoWritesOfTheSameTreeGiveIdenticalBytes() throws Exception {
        byte[] first = writer.write(conventionsWithLogo());
        Thread.sleep(1100);
        byte[] second = writer.write(conventionsWithLogo());
        assertThat(second).isEqualTo(first);
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
        assertThat(PdfWriter.sourceDateEpoch(null)).isEmpty();
        assertThat(PdfWriter.sourceDateEpoch(" ")).isEmpty();
        assertThat(PdfWriter.sourceDateEpoch("1790000000")).contains(Instant.ofEpochSecond(1_790_000_000L));
        assertThatThrownBy(() -> PdfWriter.sourceDateEpoch("yesterday"))
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

    private static byte[] id(byte[] pdf) {
        try (WrittenPdf written = new WrittenPdf(pdf)) {
            COSArray ids = written.document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(ids.size()).isEqualTo(2);
            assertThat(((COSString) ids.getObject(0)).getBytes()).isEqualTo(((COSString) ids.getObject(1)).getBytes());
            return ((COSString) ids.getObject(0)).getBytes();
        }
    }
}

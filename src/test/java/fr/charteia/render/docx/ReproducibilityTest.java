package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentTree;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Same tree, same bytes: whenever, wherever, on whichever thread it is written. */
class ReproducibilityTest {

    private final DocxWriter writer = new DocxWriter(Optional.empty());

    @Test
    void twoWritesOfTheSameTreeGiveIdenticalBytes() throws Exception {
        DocumentTree tree = DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta()));
        byte[] first = writer.write(tree);
        byte[] second = writer.write(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta())));
        assertThat(second).isEqualTo(first);
        assertThat(writer.write(tree)).isEqualTo(first);
    }

    /**
     * The moment of writing leaves no trace: no part of the file holds today's date (yyyy-MM-dd, as
     * the properties write dates), so a write a second, or a day, later gives the same bytes. Entry
     * times are checked below; the file's own date is the effective date (2027-01-04).
     */
    @Test
    void theDayOfWritingAppearsInNoPart() throws Exception {
        Set<String> today = today();
        byte[] bytes = writer.write(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta())));
        today.addAll(today());
        assumeFalse(today.contains("2027-01-04"), "written on the document's own date");

        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(parts.get("docProps/core.xml")).contains("2027-01-04");
        assertThat(parts.keySet()).as("parts holding %s", today)
                .noneMatch(name -> today.stream().anyMatch(parts.get(name)::contains));
    }

    @Test
    void theMachineTimeZoneChangesNothing() throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = writer.write(DocxSamples.conventions());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = writer.write(DocxSamples.conventions());
            assertThat(west).isEqualTo(east);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void entriesComeInAFixedOrderWithAFixedTime() throws Exception {
        byte[] bytes = writer.write(DocxSamples.conventions());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2027, 1, 4, 0, 0));
                assertThat(entry.getExtra()).isNull();
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted().contains("word/document.xml", "word/styles.xml",
                "word/numbering.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml");
    }

    @Test
    void entryTimesFollowASourceDateEpochAndStayInZipRange() throws Exception {
        byte[] epoch = new DocxWriter(Optional.of(Instant.parse("2026-09-15T08:30:00Z"))).write(DocxSamples.conventions());
        byte[] before1980 = new DocxWriter(Optional.of(Instant.EPOCH)).write(DocxSamples.conventions());
        assertThat(firstEntryTime(epoch)).isEqualTo(LocalDateTime.of(2026, 9, 15, 8, 30));
        assertThat(firstEntryTime(before1980)).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        byte[] expected = writer.write(DocxSamples.conventions());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> writer.write(DocxSamples.conventions())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Today in UTC and on the machine's clock, as yyyy-MM-dd. */
    private static Set<String> today() {
        return Stream.of(LocalDate.now(ZoneOffset.UTC), LocalDate.now()).map(LocalDate::toString)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static LocalDateTime firstEntryTime(byte[] bytes) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            return zip.getNextEntry().getTimeLocal();
        }
    }
}

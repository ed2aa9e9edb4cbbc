package fr.charteia.room.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.Toolkit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionArchiveTest {

    @TempDir
    static Path folder;

    private final Toolkit toolkit = Toolkit.create();
    private Map<String, byte[]> entries;

    @BeforeAll
    void write() throws Exception {
        Path zip = folder.resolve("archive.zip");
        SessionArchive.write(SessionSamples.material(), toolkit, zip);
        entries = read(Files.readAllBytes(zip));
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("archive.zip");
        }
    }

    @AfterAll
    void close() {
        toolkit.close();
    }

    @Test
    void theArchiveHoldsTheReportAndAFolderPerParticipantInJoiningOrder() {
        assertThat(entries).containsKeys("rapport-de-session.pdf", "rapport-de-session.xlsx");
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith("01-camille-urgences-adultes/"))
                .contains("01-camille-urgences-adultes/questionnaire-urgences-adultes.yaml")
                .anyMatch(name -> name.endsWith(".docx") && name.contains("charte"))
                .anyMatch(name -> name.endsWith(".pdf") && name.contains("charte"))
                .anyMatch(name -> name.endsWith(".docx") && name.contains("fiche"))
                .anyMatch(name -> name.endsWith(".pdf") && name.contains("fiche"))
                .hasSize(5);
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith("02-dominique-pharmacie-pui/")).hasSize(5);
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith("03-sacha-secretariat-admissions/"))
                .containsExactlyInAnyOrder("03-sacha-secretariat-admissions/questionnaire-secretariat-admissions.yaml",
                        "03-sacha-secretariat-admissions/constats.txt");
        assertThat(entries.get("01-camille-urgences-adultes/questionnaire-urgences-adultes.yaml"))
                .isEqualTo(SessionSamples.sample("samples/urgences-adultes.yaml"));
    }

    @Test
    void aParticipantWithErrorsGetsTheirFindingsInFrench() {
        String findings = new String(entries.get("03-sacha-secretariat-admissions/constats.txt"), StandardCharsets.UTF_8);
        assertThat(findings).startsWith("Sacha (Secrétariat & admissions) : le questionnaire")
                .contains("erreur", "n'ont pas été produites", "relancez l'export")
                .doesNotContain("Exception");
    }

    @Test
    void everyDocumentReopens() throws Exception {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(entry.getValue())) {
                    assertThat(pdf.getNumberOfPages()).as(name).isPositive();
                }
            } else if (name.endsWith(".docx")) {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(entry.getValue()))) {
                    assertThat(docx.getParagraphs()).as(name).isNotEmpty();
                }
            } else if (name.endsWith(".xlsx")) {
                try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(entry.getValue()))) {
                    assertThat(xlsx.getSheet("Positionnement").getDrawingPatriarch().getCharts()).hasSize(1);
                }
            }
        }
    }

    @Test
    void aParticipantWithoutDraftAndOddNamesStillGetAFolder() throws Exception {
        SessionMaterial material = SessionSamples.material();
        var room = material.room().withParticipant(fr.charteia.room.Participant.joined("00000000000000f4", "o4",
                "../../Élise/", "", SessionSamples.OPENED, "d4"));
        Path zip = folder.resolve("other.zip");
        SessionArchive.write(new SessionMaterial(room, material.questions(), material.catalogue(), material.drafts(),
                material.draftFolder()), toolkit, zip);
        Map<String, byte[]> written = read(Files.readAllBytes(zip));
        assertThat(written).containsKey("04-elise-service/constats.txt");
        assertThat(written.keySet()).allMatch(name -> name.matches("[a-z0-9./-]+") && !name.contains(".."));
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.EstablishmentFixtures;
import fr.charteia.SampleDocuments;
import fr.charteia.document.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Markdown of the establishment charter and of a department charter and sheet that apply it,
 * compared whole with files kept in src/test/resources/golden (regenerate as for
 * {@link GoldenMarkdownTest}, with {@code -Dcharteia.updateGoldens=true}, and review the diff).
 */
class EstablishmentGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void establishmentCharterMatchesTheGoldenFile() throws IOException {
        assertGolden(EstablishmentFixtures.checkedEstablishment(), DocumentKind.CHARTER, "etablissement.charter.md");
    }

    @Test
    void englishEstablishmentCharterMatchesTheGoldenFile() throws IOException {
        assertGolden(EstablishmentFixtures.checkedEstablishmentInEnglish(), DocumentKind.CHARTER, "establishment-en.charter.md");
    }

    @Test
    void englishDepartmentCharterWithBaselineMatchesTheGoldenFile() throws IOException {
        assertGolden(EstablishmentFixtures.sampleWithBaseline("paediatrics-en.yaml"), DocumentKind.CHARTER,
                "paediatrics-en-baseline.charter.md");
    }

    @Test
    void departmentCharterWithBaselineMatchesTheGoldenFile() throws IOException {
        assertGolden(EstablishmentFixtures.urgences(true), DocumentKind.CHARTER, "urgences-adultes-socle.charter.md");
    }

    @Test
    void departmentSheetWithBaselineMatchesTheGoldenFile() throws IOException {
        assertGolden(EstablishmentFixtures.urgences(true), DocumentKind.SHEET, "urgences-adultes-socle.sheet.md");
    }

    private static void assertGolden(CheckedQuestionnaire checked, DocumentKind kind, String name) throws IOException {
        String markdown = SampleDocuments.toolkit().compose(checked, kind).markdown();
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("charteia.updateGoldens")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

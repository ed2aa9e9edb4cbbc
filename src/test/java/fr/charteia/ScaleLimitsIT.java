package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.bench.LargeQuestionnaires;
import fr.charteia.document.DocumentKind;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes that hung or blew up before issue 13, and a questionnaire at every documented limit:
 * each is checked (and the valid ones made into documents) with the outcome asserted, never the
 * time. Bounded by construction: every shape is within, or refused at, the limits.
 */
class ScaleLimitsIT {

    private static final Toolkit TOOLKIT = Toolkit.builder().timestamp(Instant.parse("2027-01-04T00:00:00Z")).build();

    @AfterAll
    static void close() {
        TOOLKIT.close();
    }

    @Test
    void refusesAThousandToolsInOneRuleBeforeCheckingAnyRule() {
        CheckedQuestionnaire checked = validate(new LargeQuestionnaires(5, 1000, 5, 5, 1, 5, 1000, 5, 0, false));

        assertThat(checked.valid()).isFalse();
        assertThat(checked.report().findings()).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RuleCode.Q_SCHEMA, "tools"),
                org.assertj.core.groups.Tuple.tuple(RuleCode.Q_SCHEMA, "authorised[0].tools"));
    }

    @Test
    void checksAQuestionnaireAtEveryLimit() {
        CheckedQuestionnaire checked = validate(LargeQuestionnaires.atTheLimits());

        assertThat(checked.report().findings()).filteredOn(f -> f.severity() == fr.charteia.validation.Severity.ERROR).isEmpty();
        assertThat(checked.valid()).isTrue();
    }

    @Test
    void checksFiveHundredToolsTimesFiveHundredDataInRules() {
        CheckedQuestionnaire checked = validate(new LargeQuestionnaires(5, 500, 500, 5, 4, 5, 500, 500, 0, false));

        assertThat(checked.valid()).isTrue();
    }

    @Test
    void checksTwoHundredRulesOfFiveHundredRoles() {
        CheckedQuestionnaire checked = validate(new LargeQuestionnaires(500, 5, 5, 20, 200, 500, 5, 5, 0, false));

        assertThat(checked.valid()).isTrue();
    }

    @Test
    void reportsEachContradictionOfAContradictionHeavyFile() {
        // 200 rules over 10 uses and 200 prohibitions, each overlapping the 20 rules of its use
        CheckedQuestionnaire checked = validate(new LargeQuestionnaires(50, 50, 50, 10, 200, 50, 50, 50, 200, true));

        assertThat(checked.report().findings()).filteredOn(f -> f.code() == RuleCode.Q_CONTRA).hasSize(200 * 20);
    }

    @Test
    void makesReadableDocumentsOfALargeDepartment() throws Exception {
        CheckedQuestionnaire checked = validate(new LargeQuestionnaires(30, 30, 30, 15, 100, 10, 10, 10, 0, false));
        assertThat(checked.report().findings()).filteredOn(f -> f.severity() == fr.charteia.validation.Severity.ERROR).isEmpty();

        reopens(TOOLKIT.render(checked, List.of(DocumentKind.values()), List.of(OutputFormat.PDF, OutputFormat.DOCX)));
    }

    @Test
    void makesDocumentsOfAQuestionnaireAtEveryLimitWithItsMatrixAsAList() throws Exception {
        CheckedQuestionnaire checked = validate(LargeQuestionnaires.atTheLimits());

        DocumentSet documents = TOOLKIT.render(checked, List.of(DocumentKind.values()), List.of(OutputFormat.PDF, OutputFormat.DOCX));

        reopens(documents);
        // 500 data categories are far more columns than a page holds: one line per tool lists them by status
        RenderedFile charter = documents.files().stream()
                .filter(f -> f.format() == OutputFormat.DOCX && f.kind() == DocumentKind.CHARTER).findFirst().orElseThrow();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(charter.bytes()))) {
            assertThat(docx.getTables()).anySatisfy(table -> assertThat(table.getRow(0).getTableCells())
                    .extracting(cell -> cell.getText().replace('\u00A0', ' '))
                    .containsExactly("Outil", "✓ Autorisé", "⚠ Sous conditions", "✗ Interdit"));
            assertThat(docx.getTables()).allSatisfy(table -> assertThat(table.getRow(0).getTableCells()).hasSizeLessThan(10));
        }
    }

    private static void reopens(DocumentSet documents) throws Exception {
        assertThat(documents.files()).hasSize(4);
        // a table of many alike rows compresses more than POI's zip-bomb guard expects of a Word file
        ZipSecureFile.setMinInflateRatio(0.001);
        for (RenderedFile file : documents.files()) {
            if (file.format() == OutputFormat.PDF) {
                try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
            } else {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
                    assertThat(docx.getTables()).isNotEmpty();
                }
            }
        }
    }

    private static CheckedQuestionnaire validate(LargeQuestionnaires shape) {
        return TOOLKIT.validate(new QuestionnaireSource("grand.yaml", shape.yaml().getBytes(StandardCharsets.UTF_8),
                Optional.empty()), Locale.FRENCH);
    }
}

package fr.charteia.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An establishment baseline checked on its own: the same strict loading as a department's file, and its own findings. */
class EstablishmentFileTest {

    private static final Path SAMPLE = Path.of("samples", "chu-valmont", "etablissement.yaml");
    private static final Toolkit TOOLKIT = SampleDocuments.toolkit();

    @TempDir
    Path folder;

    private CheckedQuestionnaire checkEdited(String find, String replace) throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(text).contains(find);
        Path file = folder.resolve("etablissement.yaml");
        Files.writeString(file, text.replace(find, replace), StandardCharsets.UTF_8);
        return TOOLKIT.validate(file, Locale.FRENCH);
    }

    private static Finding single(CheckedQuestionnaire checked, RuleCode code) {
        List<Finding> found = checked.report().findings().stream().filter(f -> f.code() == code).toList();
        assertThat(found).as(checked.report().findings().toString()).hasSize(1);
        return found.get(0);
    }

    @Test
    void theSampleBaselineIsAValidEstablishmentNotADepartment() {
        CheckedQuestionnaire checked = TOOLKIT.validate(SAMPLE, Locale.FRENCH);

        assertThat(checked.report().findings()).isEmpty();
        assertThat(checked.valid()).isTrue();
        assertThat(checked.isEstablishment()).isTrue();
        assertThat(checked.questionnaire()).isEmpty();
        assertThat(checked.establishment().orElseThrow().referencePattern()).hasValue("QUA-IA-{SERVICE}-{NNN}");
        assertThat(checked.establishment().orElseThrow().consultations()).hasSize(2);
    }

    @Test
    void aBaselineWrittenInJsonIsReadTheSameWay() throws IOException {
        Object tree = new YAMLMapper().readValue(SAMPLE.toFile(), Object.class);
        Path json = folder.resolve("etablissement.json");
        Files.write(json, new ObjectMapper().findAndRegisterModules().writeValueAsBytes(tree));

        CheckedQuestionnaire checked = TOOLKIT.validate(json, Locale.FRENCH);

        assertThat(checked.report().findings()).isEmpty();
        assertThat(checked.establishment().orElseThrow().tools()).hasSize(5);
    }

    @Test
    void aMisspeltKeyOfTheBaselineIsReportedWithItsLineAndTheKeyMeant() throws IOException {
        Finding finding = single(checkEdited("reference_pattern:", "referense_pattern:"), RuleCode.Q_SCHEMA);

        assertThat(finding.path()).isEqualTo("referense_pattern");
        assertThat(finding.position().orElseThrow().line()).isGreaterThan(100);
        assertThat(finding.message()).isEqualTo("Clé inconnue « referense_pattern » : vouliez-vous dire « reference_pattern » ? "
                + "Corrigez l'orthographe (les clés sont en anglais, en minuscules avec des tirets bas).");
    }

    @Test
    void aDepartmentsKeyIsUnknownInABaseline() throws IOException {
        CheckedQuestionnaire checked = checkEdited("practices:\n", "roles: []\npractices:\n");

        assertThat(single(checked, RuleCode.Q_SCHEMA).path()).isEqualTo("roles");
        assertThat(checked.valid()).isFalse();
    }

    @Test
    void anAliasIsRefusedInABaselineAsInADepartment() throws IOException {
        CheckedQuestionnaire checked = checkEdited("practices:\n", "practices: &p\n  - Un\nextra: *p\npractices_:\n");

        assertThat(checked.report().readable()).isFalse();
    }

    @Test
    void aDuplicateCatalogueIdIsQDuplicate() throws IOException {
        Finding finding = single(checkEdited("  - id: traducteur-pro\n", "  - id: copilot\n"), RuleCode.Q_DUPLICATE);

        assertThat(finding.path()).isEqualTo("tools[4].id");
        assertThat(finding.message()).isEqualTo("L'identifiant « copilot » est déjà utilisé par tools[1] : chaque élément "
                + "de « tools » doit avoir un identifiant unique. Renommez l'un des deux.");
    }

    @Test
    void aProhibitionNamingAToolOutsideTheCatalogueIsQRef() throws IOException {
        Finding finding = single(checkEdited("tools: [copilot, traducteur-pro]", "tools: [copilot, deepl]"), RuleCode.Q_REF);

        assertThat(finding.path()).isEqualTo("forbidden[1].tools[1]");
        assertThat(finding.position()).isPresent();
        assertThat(finding.message()).isEqualTo("L'outil « deepl » n'est pas dans le catalogue du socle (outils du "
                + "catalogue : assistant-chv, chatbot-public, copilot, dictee-hds, traducteur-pro) : ajoutez-le à « tools » "
                + "ou corrigez l'identifiant.");
    }

    @Test
    void aProhibitionWithoutReasonOrSayingNothingIsQSchema() throws IOException {
        CheckedQuestionnaire noReason = checkEdited("    reason: Aucun outil du catalogue n'est un dispositif médical marqué CE ; "
                + "l'aide au diagnostic ou à la décision thérapeutique n'est permise qu'avec un dispositif médical marqué CE, "
                + "examiné par l'établissement.\n", "");
        CheckedQuestionnaire empty = checkEdited("  - statement: Photographier", "  - {}\n  - statement: Photographier");

        assertThat(single(noReason, RuleCode.Q_SCHEMA).message()).isEqualTo("Cet interdit du socle n'est pas motivé : "
                + "ajoutez une raison (reason) que les services et leur personnel pourront comprendre.");
        assertThat(single(noReason, RuleCode.Q_SCHEMA).path()).isEqualTo("forbidden[2]");
        assertThat(single(empty, RuleCode.Q_SCHEMA).message()).isEqualTo("Cet interdit du socle ne dit rien : indiquez ce "
                + "qu'il couvre (tools, data_kinds, use_kinds, role_kinds) avec sa raison (reason), ou bien une phrase (statement).");
    }

    @Test
    void theContactsAndDatesOfABaselineAreCheckedAsADepartments() throws IOException {
        CheckedQuestionnaire contacts = checkEdited("    security_officer:\n      name: Julien Ferrand\n      email: rssi@ch-valmont.fr\n"
                + "      phone: \"03 80 00 00 20\"\n", "");
        CheckedQuestionnaire dates = checkEdited("review_date: 2028-01-04", "review_date: 2026-01-04");

        assertThat(single(contacts, RuleCode.G_CONTACTS).path()).startsWith("organisation.contacts");
        assertThat(single(dates, RuleCode.G_DATES).path()).isEqualTo("document.review_date");
        assertThat(dates.valid()).isFalse();
    }

    @Test
    void aPlaceholderLeftInABaselineIsGPlaceholder() throws IOException {
        CheckedQuestionnaire checked = checkEdited("name: Centre hospitalier de Valmont", "name: À COMPLÉTER");

        assertThat(single(checked, RuleCode.G_PLACEHOLDER).path()).isEqualTo("organisation.name");
    }
}

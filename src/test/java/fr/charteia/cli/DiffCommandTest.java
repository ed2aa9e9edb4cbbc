package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.OutputFormat;
import fr.charteia.RenderedFile;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** charte-ia diff: what changed, in French, with diff(1)'s exit codes, from files or generated documents. */
class DiffCommandTest {

    private static final Path SAMPLE = Path.of("samples/pharmacie-pui.yaml");

    private static final String EXPECTED = """
            Modifications par rapport à la version 1.1 :
            - Fiches d'information et de conseils pour les patients : désormais aussi avec Le Chat Pro
            - Rédaction des procédures, modes opératoires et fiches de poste : désormais aussi sur les données « Indicateurs qualité de la PUI »
            - Usage désormais interdit : Analyse des offres et préparation des dossiers d'achat (avec Chatbot grand public)
            - Copilot : peut désormais recevoir les données « Indicateurs qualité de la PUI »
            - Assistant IA interne : peut désormais recevoir les données « Indicateurs qualité de la PUI »
            - Nouvel outil : Le Chat Pro (Mistral AI), offre entreprise
            - Rôle renommé : « Cadre de santé préparateur » devient « Cadre de santé préparateur·rice »
            - Nouvelle catégorie de données : Indicateurs qualité de la PUI
            - Courriel du DPO : protection-donnees@ch-valmont.fr (auparavant : dpo@ch-valmont.fr)
            - Version : 1.2 (auparavant : 1.1)
            - Date de révision : 1er juin 2028 (auparavant : 1er février 2028)
            """;

    @TempDir
    Path dir;

    /** The sample edited as a quality manager would for version 1.2: every kind of change the issue names. */
    private Path newVersion() throws IOException {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        yaml = replace(yaml, "\ndata:\n  - id: patient", "\n  - id: mistral\n    name: Le Chat Pro (Mistral AI), offre entreprise\n"
                + "    kind: enterprise\n    hosting: eu\n    contract: true\n    trains_on_inputs: false\n"
                + "    short_name: Le Chat Pro\n    account: professional\n    dpia: done\n    record: true\n\ndata:\n  - id: patient");
        yaml = replace(yaml, "    tools: [assistant-chv, copilot]\n    data: [public, interne]",
                "    tools: [assistant-chv, copilot, mistral]\n    data: [public, interne]");
        yaml = replace(yaml, "  - statement: Photographier",
                "  - use: achats\n    tools: [chatbot-public]\n    reason: Offres confidentielles.\n  - statement: Photographier");
        yaml = replace(yaml, "    tools: [copilot, assistant-chv]\n    data: [interne, public]",
                "    tools: [copilot, assistant-chv]\n    data: [interne, public, indicateurs]");
        yaml = replace(yaml, "\nuses:\n", "  - id: indicateurs\n    label: Indicateurs qualité de la PUI\n    kind: internal\n\nuses:\n");
        yaml = replace(yaml, "email: dpo@ch-valmont.fr", "email: protection-donnees@ch-valmont.fr");
        yaml = replace(yaml, "review_date: 2028-02-01", "review_date: 2028-06-01");
        yaml = replace(yaml, "version: \"1.1\"\n  effective_date", "version: \"1.2\"\n  effective_date");
        yaml = replace(yaml, "label: Cadre de santé préparateur,", "label: Cadre de santé préparateur·rice,");
        return Files.writeString(dir.resolve("pharmacie-v1.2.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static String replace(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    @Test
    void saysWhatChangedInFrenchMostImportantFirstAndExitsOne() throws IOException {
        CommandLineRun run = CommandLineRun.of("diff", SAMPLE.toString(), newVersion().toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(EXPECTED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain(dir.toString(), "samples/");
    }

    @Test
    void identicalFilesSayNoDifferenceAndExitZero() throws IOException {
        Path copy = Files.copy(SAMPLE, dir.resolve("copie.yaml"));

        CommandLineRun run = CommandLineRun.of("diff", SAMPLE.toString(), copy.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("Aucune différence\n");
    }

    @Test
    void aPdfAndAWordDocumentOfTwoVersionsGiveTheSameChangesAsTheirQuestionnaires() throws IOException {
        Path pdf;
        Path docx;
        try (Toolkit toolkit = Toolkit.create()) {
            pdf = write(toolkit, SAMPLE, OutputFormat.PDF, "v1.1");
            docx = write(toolkit, newVersion(), OutputFormat.DOCX, "v1.2");
        }

        CommandLineRun run = CommandLineRun.of("diff", pdf.toString(), docx.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(EXPECTED);
    }

    private Path write(Toolkit toolkit, Path questionnaire, OutputFormat format, String folder) throws IOException {
        CheckedQuestionnaire checked = toolkit.validate(questionnaire, Locale.FRENCH);
        assertThat(checked.valid()).as(checked.report().toString()).isTrue();
        RenderedFile file = toolkit.render(checked, List.of(DocumentKind.CHARTER), List.of(format)).files().get(0);
        return Files.write(Files.createDirectories(dir.resolve(folder)).resolve(file.fileName()), file.bytes());
    }

    @Test
    void jsonGivesEachChangeWithItsKindSubjectAndValues() throws IOException {
        CommandLineRun run = CommandLineRun.of("diff", "--format", "json", SAMPLE.toString(), newVersion().toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("old").asText()).isEqualTo(SAMPLE.toString());
        assertThat(json.get("new").asText()).endsWith("pharmacie-v1.2.yaml");
        JsonNode changes = json.get("changes");
        assertThat(changes).hasSize(11);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("use.tools.added");
        assertThat(changes.get(3).get("kind").asText()).isEqualTo("tool.data.widened");
        assertThat(changes.get(3).get("subject").asText()).isEqualTo("copilot");
        assertThat(changes.get(5).get("kind").asText()).isEqualTo("tool.added");
        assertThat(changes.get(5).get("subject").asText()).isEqualTo("mistral");
        assertThat(changes.get(5).get("text").asText()).isEqualTo("Nouvel outil : Le Chat Pro (Mistral AI), offre entreprise");
        JsonNode email = changes.get(8);
        assertThat(email.get("kind").asText()).isEqualTo("contact.dpo.email");
        assertThat(email.get("before").asText()).isEqualTo("dpo@ch-valmont.fr");
        assertThat(email.get("after").asText()).isEqualTo("protection-donnees@ch-valmont.fr");
    }

    @Test
    void withLangEnTheChangesAreInEnglish() throws IOException {
        CommandLineRun run = CommandLineRun.of("diff", "--lang", "en", SAMPLE.toString(), newVersion().toString());

        assertThat(run.out()).startsWith("Changes since version 1.1:\n- Fiches d'information et de conseils pour les patients: now also with Le Chat Pro\n")
                .contains("- Review date: 1 June 2028 (previously: 1 February 2028)\n");
    }

    @Test
    void aFileThatIsNeitherAQuestionnaireNorADocumentIsRefusedInFrench() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "pas un questionnaire");

        CommandLineRun run = CommandLineRun.of("diff", SAMPLE.toString(), text.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Le fichier " + text + " n'est ni un questionnaire (.yaml, .yml, .json) ni une charte "
                + "ou une fiche produite par charte-ia (.pdf, .docx) : donnez deux versions d'un même questionnaire, "
                + "ou deux documents générés.\n");
    }

    @Test
    void aPdfWithoutQuestionnaireIsRefusedWithExtractsMessage() throws IOException {
        Path fake = Files.write(dir.resolve("scan.pdf"), "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII));

        CommandLineRun run = CommandLineRun.of("diff", fake.toString(), SAMPLE.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Le fichier " + fake + " commence comme un PDF mais ne se lit pas");
    }

    @Test
    void aQuestionnaireMissingARequiredPartIsRefusedWithWhere() throws IOException {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("  reference: QUA-IA-PUI-001\n", "");
        Path broken = Files.writeString(dir.resolve("sans-reference.yaml"), yaml, StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("diff", SAMPLE.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Le questionnaire " + broken + " ne suit pas le format charte-ia/1 : corrigez ces points")
                .contains("  document.reference");
    }

    @Test
    void findingsDoNotStopADiff() throws IOException {
        // Copilot with pseudonymised health data: an ERROR for validate, still a version worth comparing
        String yaml = replace(Files.readString(SAMPLE, StandardCharsets.UTF_8),
                "    tools: [assistant-chv]\n    data: [pseudo, consommations]",
                "    tools: [assistant-chv, copilot]\n    data: [pseudo, consommations]");
        Path invalid = Files.writeString(dir.resolve("brouillon.yaml"), yaml, StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("diff", SAMPLE.toString(), invalid.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("- Études d'utilisation et audits de bon usage : désormais aussi avec Copilot\n",
                "- Copilot : peut désormais recevoir les données « Extractions pseudonymisées de prescriptions et de dispensations »\n");
    }

    @Test
    void theHelpListsDiffsOwnExitCodes() {
        String help = CommandLineRun.of("diff", "--help").out();

        assertThat(help).startsWith("Utilisation : charte-ia diff").contains("ANCIEN", "NOUVEAU", "0   aucune différence.",
                "1   les deux versions diffèrent");
    }

    @Test
    void aDepartmentApplyingABaselineIsComparedWithTheCatalogueToolsItsRulesName() throws IOException {
        Files.copy(Path.of("samples/chu-valmont/etablissement.yaml"), dir.resolve("etablissement.yaml"));
        String yaml = Files.readString(Path.of("samples/chu-valmont/services/cardiologie.yaml"), StandardCharsets.UTF_8)
                .replace("baseline: ../etablissement.yaml", "baseline: etablissement.yaml");
        Path old = Files.writeString(dir.resolve("cardiologie.yaml"), yaml, StandardCharsets.UTF_8);
        Path now = Files.writeString(dir.resolve("cardiologie-v1.1.yaml"),
                replace(yaml, "    roles: [\"*\"]\n    tools: [chatbot-public, copilot]", "    roles: [\"*\"]\n    tools: [copilot]"),
                StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("diff", old.toString(), now.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                Modifications par rapport à la version 1.0 :
                - Veille bibliographique : n'est plus autorisé avec Chatbot grand public
                - Chatbot grand public : ne peut plus recevoir les données « Informations publiques »
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBaselineThatCannotBeReadIsSaidAndBothVersionsAreComparedAsWritten() throws IOException {
        String yaml = Files.readString(Path.of("samples/chu-valmont/services/cardiologie.yaml"), StandardCharsets.UTF_8);
        Path old = Files.writeString(dir.resolve("cardiologie.yaml"), yaml, StandardCharsets.UTF_8);
        Path now = Files.writeString(dir.resolve("cardiologie-v1.1.yaml"), replace(yaml, "version: \"1.0\"", "version: \"1.1\""),
                StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("diff", old.toString(), now.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                Modifications par rapport à la version 1.0 :
                - Version : 1.1 (auparavant : 1.0)
                """);
        assertThat(run.err()).contains("Remarque : le socle d'établissement ../etablissement.yaml nommé par " + old
                + " n'a pas pu être lu (charte-ia validate dit pourquoi) ; les outils du catalogue que ses règles nomment "
                + "n'entrent pas dans la comparaison.");
    }
}

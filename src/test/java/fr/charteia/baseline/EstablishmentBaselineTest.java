package fr.charteia.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department that names an establishment baseline: what it inherits, the rules that keep it within
 * the baseline, and every way the baseline can be unusable. Each test works on a copy of the CHU de
 * Valmont samples in a folder of its own.
 */
class EstablishmentBaselineTest {

    private static final Path SAMPLES = Path.of("samples", "chu-valmont");
    private static final Toolkit TOOLKIT = SampleDocuments.toolkit();

    @TempDir
    Path tree;

    private Path establishment;
    private Path cardiology;

    @BeforeEach
    void copySamples() throws IOException {
        establishment = tree.resolve("etablissement.yaml");
        Files.copy(SAMPLES.resolve("etablissement.yaml"), establishment);
        Files.createDirectories(tree.resolve("services"));
        cardiology = tree.resolve("services/cardiologie.yaml");
        Files.copy(SAMPLES.resolve("services/cardiologie.yaml"), cardiology);
    }

    private CheckedQuestionnaire check(Path file) {
        return TOOLKIT.validate(file, tree, Locale.FRENCH);
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the edit changes %s", file).isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private static List<Finding> of(CheckedQuestionnaire checked, RuleCode code) {
        return checked.report().findings().stream().filter(f -> f.code() == code).toList();
    }

    private static Finding single(CheckedQuestionnaire checked, RuleCode code) {
        List<Finding> found = of(checked, code);
        assertThat(found).as(checked.report().findings().toString()).hasSize(1);
        return found.get(0);
    }

    // --- Inheritance -------------------------------------------------------------------------

    @Test
    void aDepartmentWithoutOrganisationInheritsTheEstablishmentsOrganisationAndContacts() {
        CheckedQuestionnaire checked = check(cardiology);

        assertThat(checked.valid()).as(checked.report().findings().toString()).isTrue();
        Questionnaire q = checked.questionnaire().orElseThrow();
        assertThat(q.organisation().name()).isEqualTo("Centre hospitalier de Valmont");
        assertThat(q.organisation().contacts().dpo().orElseThrow().email()).isEqualTo("dpo@ch-valmont.fr");
        assertThat(checked.baseline()).isPresent();
        assertThat(checked.baseline().orElseThrow().document().reference()).isEqualTo("DIR-IA-001");
        assertThat(checked.isEstablishment()).isFalse();
    }

    @Test
    void catalogueToolsNamedByTheRulesAreAppendedAfterTheDepartmentsOwnTools() {
        Questionnaire q = check(cardiology).questionnaire().orElseThrow();

        // ecg-ia is the department's own; the others are named by its rules and come from the catalogue,
        // in catalogue order; traducteur-pro, named by no rule, is not inherited
        assertThat(q.tools()).extracting(Tool::id)
                .containsExactly("ecg-ia", "chatbot-public", "copilot", "assistant-chv", "dictee-hds");
        assertThat(q.tools().get(2).name()).isEqualTo("Microsoft 365 Copilot (licence établissement, compte professionnel)");
    }

    @Test
    void incidentTrainingAndParentReferenceComeFromTheBaselineWhenTheDepartmentLeavesThemOut() {
        Questionnaire q = check(cardiology).questionnaire().orElseThrow();

        assertThat(q.incident().orElseThrow().procedure()).startsWith("Toute saisie de données de patient dans un outil non autorisé");
        assertThat(q.training()).hasSize(2);
        assertThat(q.training().get(0).title())
                .isEqualTo("Sensibilisation d'une heure aux règles de la charte et de la fiche de bonnes pratiques");
        assertThat(q.document().parentReference()).hasValue("DIR-IA-001");
        // practices are not merged: the documents read the baseline's from checked.baseline()
        assertThat(q.practices()).containsExactly("En USIC, aucune surveillance ni alarme n'est différée pour utiliser un outil d'IA.");
    }

    @Test
    void theDepartmentsOwnOrganisationIncidentAndTrainingWinOverTheBaselines() throws IOException {
        edit(cardiology, text -> text.replace("service:\n", """
                organisation:
                  name: Hôpital Saint-Roch de Valmont
                  contacts:
                    dpo: { name: Paul Durand, email: dpo@saint-roch.fr }
                    security_officer: { name: Anne Vidal, email: rssi@saint-roch.fr }
                incident:
                  procedure: Appeler le cadre de garde au 4400 puis remplir une fiche d'événement indésirable.
                training:
                  - title: Atelier IA de cardiologie
                service:
                """));

        CheckedQuestionnaire checked = check(cardiology);

        assertThat(checked.valid()).as(checked.report().findings().toString()).isTrue();
        Questionnaire q = checked.questionnaire().orElseThrow();
        assertThat(q.organisation().name()).isEqualTo("Hôpital Saint-Roch de Valmont");
        assertThat(q.incident().orElseThrow().procedure()).startsWith("Appeler le cadre de garde");
        assertThat(q.training()).extracting(t -> t.title()).containsExactly("Atelier IA de cardiologie");
    }

    @Test
    void withoutBaselineTheOrganisationIsStillRequired() throws IOException {
        edit(cardiology, text -> text.replace("baseline: ../etablissement.yaml\n", ""));

        CheckedQuestionnaire checked = check(cardiology);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.report().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(RuleCode.Q_SCHEMA);
            assertThat(f.path()).isEqualTo("organisation");
            assertThat(f.message()).isEqualTo("Ce champ obligatoire est absent ou vide : ajoutez-le avec une valeur.");
        });
    }

    @Test
    void aParentReferenceOtherThanTheBaselinesIsBOverride() throws IOException {
        edit(cardiology, text -> text.replace("  reference: QUA-IA-CARDIO-001\n",
                "  reference: QUA-IA-CARDIO-001\n  parent_reference: DIR-IA-007\n"));

        Finding finding = single(check(cardiology), RuleCode.B_OVERRIDE);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("document.parent_reference");
        assertThat(finding.position()).isPresent();
        assertThat(finding.message()).isEqualTo("La référence parente « DIR-IA-007 » n'est pas celle de la charte "
                + "d'établissement du socle etablissement.yaml (« DIR-IA-001 ») : retirez parent_reference, elle est "
                + "reprise du socle, ou corrigez-la.");
    }

    @Test
    void theSameParentReferenceAsTheBaselinesIsAccepted() throws IOException {
        edit(cardiology, text -> text.replace("  reference: QUA-IA-CARDIO-001\n",
                "  reference: QUA-IA-CARDIO-001\n  parent_reference: DIR-IA-001\n"));

        assertThat(check(cardiology).valid()).isTrue();
    }

    @Test
    void aReferenceOutsideTheBaselinesPatternIsAWarningNamingThePattern() throws IOException {
        edit(cardiology, text -> text.replace("  reference: QUA-IA-CARDIO-001\n", "  reference: CARDIO-IA-1\n"));

        CheckedQuestionnaire checked = check(cardiology);
        Finding finding = single(checked, RuleCode.B_REFERENCE);

        assertThat(checked.valid()).isTrue();
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.path()).isEqualTo("document.reference");
        assertThat(finding.position()).isPresent();
        assertThat(finding.message()).isEqualTo("La référence « CARDIO-IA-1 » ne suit pas le modèle de référence du socle "
                + "d'établissement etablissement.yaml (QUA-IA-{SERVICE}-{NNN}, où les N sont des chiffres et SERVICE le "
                + "code du service) : la gestion documentaire la classerait à part. Donnez une référence de ce modèle, ou "
                + "demandez à l'équipe qualité si cette exception est voulue.");
    }

    @Test
    void referencesOfThePatternAreAcceptedWhateverTheServiceCode() throws IOException {
        for (String reference : List.of("QUA-IA-CARDIO-001", "QUA-IA-BLOC-OP-012", "QUA-IA-USIC2-999")) {
            Files.writeString(cardiology, Files.readString(SAMPLES.resolve("services/cardiologie.yaml"), StandardCharsets.UTF_8)
                    .replace("reference: QUA-IA-CARDIO-001", "reference: " + reference), StandardCharsets.UTF_8);

            assertThat(of(check(cardiology), RuleCode.B_REFERENCE)).as(reference).isEmpty();
        }
        for (String reference : List.of("QUA-IA-CARDIO-01", "QUA-IA--001", "qua-ia-cardio-001x")) {
            Files.writeString(cardiology, Files.readString(SAMPLES.resolve("services/cardiologie.yaml"), StandardCharsets.UTF_8)
                    .replace("reference: QUA-IA-CARDIO-001", "reference: " + reference), StandardCharsets.UTF_8);

            assertThat(of(check(cardiology), RuleCode.B_REFERENCE)).as(reference).hasSize(1);
        }
    }

    // --- B-LOOSEN, B-TOOL, B-OVERRIDE -----------------------------------------------------------

    @Test
    void authorisingWhatABaselineProhibitionCoversIsBLoosenNamingTheRuleAndItsReason() throws IOException {
        // Copilot for patient letters: prohibition no. 2 forbids Copilot with identifying health data
        edit(cardiology, text -> text.replace("tools: [dictee-hds, assistant-chv]", "tools: [dictee-hds, copilot]"));

        CheckedQuestionnaire checked = check(cardiology);
        Finding finding = single(checked, RuleCode.B_LOOSEN);

        assertThat(checked.valid()).isFalse();
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("authorised[0].tools[1]");
        assertThat(finding.position()).isPresent();
        assertThat(finding.message()).isEqualTo("Cette autorisation permet à « Cardiologue (PH, praticien contractuel, "
                + "assistant) », « Interne de cardiologie » l'usage « Rédaction des comptes rendus et des courriers de "
                + "sortie » avec « Microsoft 365 Copilot (licence établissement, compte professionnel) » sur « Données de "
                + "santé identifiantes des patients », ce que l'interdit n° 2 du socle d'établissement etablissement.yaml "
                + "proscrit : « L'établissement n'a pas de contrat d'hébergement de données de santé (HDS) couvrant ces "
                + "outils ; ils ne reçoivent aucune donnée de patient, même pseudonymisée. ». Un service ne peut qu'être "
                + "plus strict que son établissement : retirez de cette autorisation ce que l'interdit couvre, ou "
                + "demandez à l'équipe qualité de revoir le socle.");
    }

    @Test
    void aProhibitionOnAUseKindCoversEveryToolItNamesAndAStarInTheDepartmentsLists() throws IOException {
        // decision support with the catalogue's tools: prohibition no. 3, whatever the data
        edit(cardiology, text -> text.replace("    tools: [ecg-ia]\n", "    tools: [\"*\"]\n"));

        CheckedQuestionnaire checked = check(cardiology);
        List<Finding> found = of(checked, RuleCode.B_LOOSEN);

        // prohibitions 1 (public chatbot × health data) and 2 (Copilot × health data) rest on the one data
        // reference; 3 (decision support with any catalogue tool) on the whole rule, its tools being "*"
        assertThat(found).extracting(Finding::path)
                .containsExactlyInAnyOrder("authorised[1].data[0]", "authorised[1].data[0]", "authorised[1]");
        assertThat(found).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("l'interdit n° 3 du socle d'établissement etablissement.yaml")
                        .contains("« Aucun outil du catalogue n'est un dispositif médical marqué CE"))
                .anySatisfy(m -> assertThat(m).contains("l'interdit n° 1 du socle"))
                .anySatisfy(m -> assertThat(m).contains("l'interdit n° 2 du socle"));
        assertThat(found).hasSize(3);
    }

    @Test
    void aProhibitionOnRoleKindsOnlyCoversTheRolesOfThoseKinds() throws IOException {
        edit(establishment, text -> text.replace("forbidden:\n", """
                forbidden:
                  - tools: [copilot]
                    role_kinds: [administrative]
                    use_kinds: [drafting]
                    reason: Les secrétariats rédigent avec l'assistant de l'établissement, pas avec Copilot.
                """));

        Finding finding = single(check(cardiology), RuleCode.B_LOOSEN);

        assertThat(finding.path()).isEqualTo("authorised[2].roles[3]");
        assertThat(finding.message()).startsWith("Cette autorisation permet à « Secrétaire médicale » l'usage "
                + "« Rédaction et mise à jour des protocoles du service » avec « Microsoft 365 Copilot");
        assertThat(finding.message()).contains("l'interdit n° 1 du socle d'établissement etablissement.yaml proscrit : "
                + "« Les secrétariats rédigent avec l'assistant de l'établissement, pas avec Copilot. »");
    }

    @Test
    void aDepartmentToolOutsideTheCatalogueIsABToolWarning() {
        CheckedQuestionnaire checked = check(cardiology);
        Finding finding = single(checked, RuleCode.B_TOOL);

        assertThat(checked.valid()).isTrue();
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.path()).isEqualTo("tools[0]");
        assertThat(finding.position()).isPresent();
        assertThat(finding.message()).isEqualTo("L'outil « Logiciel d'interprétation assistée des ECG (dispositif médical "
                + "marqué CE, classe IIa) » (ecg-ia) n'est pas dans le catalogue du socle d'établissement etablissement.yaml "
                + "(outils du catalogue : assistant-chv, chatbot-public, copilot, dictee-hds, traducteur-pro) : "
                + "l'établissement doit l'examiner (hébergement, contrat, analyse d'impact) et l'ajouter à son catalogue ; "
                + "en attendant, vérifiez que son usage est bien justifié.");
    }

    @Test
    void redefiningACatalogueToolWithOtherPropertiesIsBOverrideNamingEachDifference() throws IOException {
        edit(cardiology, text -> text.replace("tools:\n", """
                tools:
                  - id: copilot
                    name: Microsoft 365 Copilot (licence établissement, compte professionnel)
                    short_name: Copilot
                    kind: enterprise
                    hosting: hds
                    contract: true
                    trains_on_inputs: false
                    ce_marked: false
                    account: professional
                    dpia: in_progress
                    record: true
                """));

        CheckedQuestionnaire checked = check(cardiology);
        Finding finding = single(checked, RuleCode.B_OVERRIDE);

        assertThat(finding.path()).isEqualTo("tools[0]");
        assertThat(finding.message()).isEqualTo("L'outil « copilot » est déjà décrit par le catalogue du socle "
                + "d'établissement etablissement.yaml, autrement : hosting vaut « hds » ici et « eu » dans le socle ; "
                + "dpia vaut « in_progress » ici et « done » dans le socle. Un service ne redéfinit pas un outil du "
                + "catalogue : retirez cet outil de « tools » (il est repris du socle) ou demandez à l'équipe qualité de "
                + "corriger le catalogue.");
        // the redefinition is the department's own: it is not appended a second time
        assertThat(of(checked, RuleCode.Q_DUPLICATE)).isEmpty();
    }

    @Test
    void redefiningACatalogueToolIdenticallyIsAccepted() throws IOException {
        edit(cardiology, text -> text.replace("tools:\n", """
                tools:
                  - id: copilot
                    name: Microsoft 365 Copilot (licence établissement, compte professionnel)
                    short_name: Copilot
                    kind: enterprise
                    hosting: eu
                    contract: true
                    trains_on_inputs: false
                    ce_marked: false
                    account: professional
                    dpia: done
                    record: true
                """));

        CheckedQuestionnaire checked = check(cardiology);

        assertThat(checked.valid()).isTrue();
        assertThat(of(checked, RuleCode.B_OVERRIDE)).isEmpty();
        assertThat(of(checked, RuleCode.B_TOOL)).hasSize(1);
    }

    @Test
    void inheritedToolsAreNeitherUnusedNorUnknownReferences() {
        CheckedQuestionnaire checked = check(cardiology);

        assertThat(of(checked, RuleCode.G_UNUSED)).isEmpty();
        assertThat(of(checked, RuleCode.Q_REF)).isEmpty();
    }

    // --- B-BASELINE --------------------------------------------------------------------------

    private Finding baselineProblem(String baseline) throws IOException {
        if (!baseline.equals("../etablissement.yaml")) {
            edit(cardiology, text -> text.replace("baseline: ../etablissement.yaml", "baseline: " + baseline));
        }
        CheckedQuestionnaire checked = check(cardiology);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.questionnaire()).isEmpty();
        Finding finding = single(checked, RuleCode.B_BASELINE);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("baseline");
        assertThat(finding.position()).isPresent();
        // the baseline's absence is said once: no missing organisation, no unknown catalogue tools
        assertThat(checked.report().errors()).as(checked.report().findings().toString()).isEqualTo(1);
        return finding;
    }

    @Test
    void anAbsoluteBaselinePathIsRefused() throws IOException {
        Finding finding = baselineProblem(establishment.toAbsolutePath().toString());

        assertThat(finding.message()).isEqualTo("Le socle d'établissement « " + establishment.toAbsolutePath()
                + " » est nommé par un chemin absolu : nommez-le par un chemin relatif au fichier du service, par exemple "
                + "baseline: ../etablissement.yaml.");
    }

    @Test
    void aBaselinePathEscapingTheTreeIsRefusedEvenIfTheFileExists() throws IOException {
        Path outside = tree.getParent().resolve(tree.getFileName() + "-dehors.yaml");
        Files.copy(establishment, outside);
        try {
            Finding finding = baselineProblem("../../" + outside.getFileName());

            assertThat(finding.message()).startsWith("Le socle d'établissement « ../../" + outside.getFileName()
                    + " » mène hors du dossier " + tree + " d'où les questionnaires sont lus (");
            assertThat(finding.message()).endsWith(" : lancez la commande depuis un dossier qui contient à la fois le "
                    + "service et le socle (par exemple le dossier de l'établissement), ou rangez le socle dans ce dossier "
                    + "et nommez-le par un chemin relatif qui y reste.");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheTreeIsRefused() throws IOException {
        Path outside = Files.createTempDirectory("socle-dehors");
        Path real = outside.resolve("etablissement.yaml");
        Files.copy(establishment, real);
        Files.createSymbolicLink(tree.resolve("lien.yaml"), real);
        try {
            Finding finding = baselineProblem("../lien.yaml");

            assertThat(finding.message()).contains("mène hors du dossier " + tree);
        } finally {
            Files.delete(real);
            Files.delete(outside);
        }
    }

    @Test
    void aSymbolicLinkStayingInsideTheTreeIsFollowed() throws IOException {
        Files.createSymbolicLink(tree.resolve("socle.yaml"), establishment);
        edit(cardiology, text -> text.replace("baseline: ../etablissement.yaml", "baseline: ../socle.yaml"));

        assertThat(check(cardiology).valid()).isTrue();
    }

    @Test
    void aMissingBaselineSaysWhereItWasLookedFor() throws IOException {
        Finding finding = baselineProblem("../etablisement.yaml");

        assertThat(finding.message()).startsWith("Le socle d'établissement « ../etablisement.yaml » est introuvable (");
        assertThat(finding.message()).endsWith("etablisement.yaml) : vérifiez le chemin, relatif au dossier du fichier du "
                + "service, ou créez le socle avec charte-ia init --etablissement.");
    }

    @Test
    void anUnreadableBaselineGivesTheLoadersReason() throws IOException {
        Files.write(establishment, "schema: charte-ia-etablissement/1\norganisation: { name: Caf\u00e9 }\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Finding finding = baselineProblem("../etablissement.yaml");

        assertThat(finding.message()).startsWith("Le socle d'établissement « ../etablissement.yaml » ne peut pas être lu : ");
        assertThat(finding.message()).contains("UTF-8");
    }

    @Test
    void aDepartmentQuestionnaireNamedAsBaselineIsRefused() throws IOException {
        Files.copy(Path.of("samples", "urgences-adultes.yaml"), tree.resolve("urgences.yaml"));

        Finding finding = baselineProblem("../urgences.yaml");

        assertThat(finding.message()).isEqualTo("Le fichier « ../urgences.yaml » n'est pas un socle d'établissement (il ne "
                + "déclare pas schema: charte-ia-etablissement/1) : nommez dans baseline le fichier d'établissement, pas le "
                + "questionnaire d'un service.");
    }

    @Test
    void aBaselineWithErrorsIsCountedAndNamedWithTheCommandToRun() throws IOException {
        // a wrong email (G-CONTACTS), two misspelt keys, and so a prohibition left without its reason
        edit(establishment, text -> text.replace("email: dpo@ch-valmont.fr", "email: dpo-ch-valmont.fr")
                .replace("    reason: Aucun outil du catalogue", "    statement_: x\n    raison: Aucun outil du catalogue"));

        Finding finding = baselineProblem("../etablissement.yaml");

        assertThat(finding.message()).startsWith("Le socle d'établissement « ../etablissement.yaml » comporte 4 erreurs : "
                + "lancez charte-ia validate ");
        assertThat(finding.message()).endsWith("etablissement.yaml et corrigez-les ; ce service sera vérifié ensuite.");
    }

    @Test
    void aBaselineCannotBeReadFromAnUpload() throws IOException {
        CheckedQuestionnaire checked = TOOLKIT.validate(new QuestionnaireSource("cardiologie.yaml",
                Files.readAllBytes(cardiology), Optional.empty()), Locale.FRENCH);

        Finding finding = single(checked, RuleCode.B_BASELINE);
        assertThat(checked.report().errors()).isEqualTo(1);
        assertThat(finding.message()).isEqualTo("Ce questionnaire s'appuie sur le socle d'établissement "
                + "« ../etablissement.yaml », qui ne peut pas être lu depuis un fichier envoyé par le navigateur : générez "
                + "ce service en ligne de commande, depuis le dossier qui contient le socle (charte-ia generate), ou retirez "
                + "baseline et décrivez l'organisation dans le questionnaire.");
    }

    @Test
    void aBaselineIsReadAgainOnlyWhenItsFileChanges() throws IOException {
        assertThat(check(cardiology).valid()).isTrue();
        edit(establishment, text -> text.replace("email: dpo@ch-valmont.fr", "email: dpo-ch-valmont.fr"));

        Finding finding = baselineProblem("../etablissement.yaml");

        assertThat(finding.message()).contains("comporte 1 erreur : lancez charte-ia validate");
    }

    @Test
    void manyDepartmentsCheckedTogetherShareOneBaseline() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path copy = tree.resolve("services/cardiologie-" + i + ".yaml");
            Files.copy(cardiology, copy);
            files.add(copy);
        }
        List<CheckedQuestionnaire> checked = files.parallelStream().map(this::check).toList();

        assertThat(checked).allSatisfy(c -> assertThat(c.valid()).isTrue());
        assertThat(checked).extracting(c -> c.baseline().orElseThrow()).allSatisfy(b ->
                assertThat(b).isSameAs(checked.get(0).baseline().orElseThrow()));
    }
}

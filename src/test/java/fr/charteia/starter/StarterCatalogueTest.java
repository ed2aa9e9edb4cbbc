package fr.charteia.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.model.DataKind;
import fr.charteia.model.DataSubject;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.ToolAccount;
import fr.charteia.model.TrainsOnInputs;
import fr.charteia.starter.StarterCatalogue.ToolEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is read strictly from the classpath and holds the typical content of a care
 * department, with the fields of issue 7 (short names, accounts, data subjects, training roles).
 */
class StarterCatalogueTest {

    private static final String MINIMAL = """
            placeholders:
              organisation_name: Centre hospitalier (À COMPLÉTER)
              dpo: { name: DPO, email: dpo@etablissement.fr }
              security_officer: { name: RSSI, email: rssi@etablissement.fr }
              ai_referent: { name: Référent, email: referent-ia@etablissement.fr }
              service_name: Service
              service_unit: Pôle
              manager: { name: Nom, title: Cadre de santé }
              reference: QUA-IA-001
              version: "1.0"
              written_by: { name: Nom, title: Cadre }
              reviewed_by: { name: Nom, title: DPO }
              approved_by: { name: Nom, title: Chef de service }
            roles:
              - { id: ide, label: Infirmier·ère, kind: care }
            incident:
              procedure: Déclarer une FEI.
            """;

    @Test
    void readsTheShippedCatalogue() {
        StarterCatalogue catalogue = StarterCatalogue.load();

        assertThat(catalogue.roles()).extracting(r -> r.id())
                .contains("medecin", "interne", "cadre", "ide", "aide-soignant", "secretaire", "etudiant");
        assertThat(catalogue.data()).extracting(d -> d.kind()).containsExactlyInAnyOrder(DataKind.values());
        assertThat(catalogue.uses()).hasSizeBetween(9, 12);
        assertThat(catalogue.training()).extracting(t -> t.title())
                .contains("Utiliser l'IA générative de manière responsable à l'hôpital");
        assertThat(catalogue.practices()).isNotEmpty();
        assertThat(catalogue.forbidden()).allSatisfy(f -> assertThat(f.reason().or(f::statement)).isPresent());
    }

    @Test
    void describesTheFiveTypicalKindsOfTool() {
        StarterCatalogue catalogue = StarterCatalogue.load();

        assertThat(catalogue.tools()).extracting(StarterCatalogueTest::profile).containsExactly(
                "PUBLIC OUTSIDE_EU contract=false trains=UNKNOWN ce=false",
                "ENTERPRISE EU contract=true trains=FALSE ce=false",
                "INSTITUTIONAL ON_PREMISE contract=true trains=FALSE ce=false",
                "ENTERPRISE HDS contract=true trains=FALSE ce=false",
                "MEDICAL_DEVICE HDS contract=true trains=FALSE ce=true");
    }

    @Test
    void givesEveryToolAProfessionalAccountAndAShortName() {
        StarterCatalogue catalogue = StarterCatalogue.load();

        assertThat(catalogue.tools()).allSatisfy(tool -> {
            assertThat(tool.account()).contains(ToolAccount.PROFESSIONAL);
            assertThat(tool.shortName()).hasValueSatisfying(name -> assertThat(name).hasSizeLessThanOrEqualTo(30));
            assertThat(tool.dpia()).as("DPIA status, for the DPO to give").isEmpty();
        });
        assertThat(catalogue.roles()).allSatisfy(role -> assertThat(role.shortLabel()).isPresent());
        assertThat(catalogue.data()).filteredOn(d -> d.kind().isHealth())
                .allSatisfy(d -> assertThat(d.about()).contains(DataSubject.PATIENTS));
        assertThat(catalogue.placeholders().traceability()).hasValueSatisfying(t -> assertThat(t).contains("À COMPLÉTER"));
        assertThat(catalogue.training()).filteredOn(t -> t.roles().isEmpty()).isNotEmpty();
    }

    @Test
    void readsTheNewFieldsOfAnEntry() throws IOException {
        StarterCatalogue catalogue = read(MINIMAL.replace("kind: care }", "kind: care, short_label: IDE }") + """
                tools:
                  - { id: outil, name: Outil, short_name: Outil court, kind: enterprise, hosting: hds, account: none,
                      dpia: in_progress, record: true, patient_notice: false }
                data:
                  - { id: patients, label: Dossiers, kind: health_identifying, about: patients }
                training:
                  - { title: Formation, roles: [ide] }
                """);

        assertThat(catalogue.roles().get(0).shortLabel()).contains("IDE");
        ToolEntry tool = catalogue.tools().get(0);
        assertThat(tool.shortName()).contains("Outil court");
        assertThat(tool.account()).contains(ToolAccount.NONE);
        assertThat(tool.dpia()).contains(DpiaStatus.IN_PROGRESS);
        assertThat(tool.record()).contains(true);
        assertThat(tool.patientNotice()).contains(false);
        assertThat(catalogue.data().get(0).about()).contains(DataSubject.PATIENTS);
        assertThat(catalogue.training().get(0).roles()).containsExactly("ide");
    }

    @Test
    void refusesAShortNameLongerThanThirtyCharacters() {
        assertThatThrownBy(() -> read(MINIMAL.replace("kind: care }", "kind: care, short_label: Infirmiers et infirmières du service }")))
                .hasMessageContaining("roles[].short_label: at most 30 characters");
    }

    @Test
    void readsAMinimalCatalogueWithDefaults() throws IOException {
        StarterCatalogue catalogue = read(MINIMAL);

        assertThat(catalogue.tools()).isEmpty();
        assertThat(catalogue.roles().get(0).comment()).isEmpty();
        assertThat(catalogue.placeholders().distribution()).isEmpty();
        assertThat(catalogue.incident().comment()).isEmpty();
        assertThat(catalogue.placeholders().traceability()).isEmpty();
        assertThat(catalogue.roles().get(0).shortLabel()).isEmpty();
    }

    @Test
    void leavesTrainingOnInputsUnknownWhenNotSaid() throws IOException {
        StarterCatalogue catalogue = read(MINIMAL + """
                tools:
                  - { id: outil, name: Outil, kind: enterprise, hosting: eu }
                """);

        assertThat(catalogue.tools().get(0).trainsOnInputs()).isEqualTo(TrainsOnInputs.UNKNOWN);
        assertThat(catalogue.tools().get(0).contract()).isFalse();
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> read(MINIMAL.replace("kind: care }", "kind: care, colour: red }")))
                .hasMessageContaining("colour");
    }

    @Test
    void refusesAKindOutsideTheFormat() {
        assertThatThrownBy(() -> read(MINIMAL.replace("kind: care", "kind: nurse")))
                .hasMessageContaining("nurse");
    }

    @Test
    void refusesAForbiddenEntryWithNeitherReasonNorStatement() {
        assertThatThrownBy(() -> read(MINIMAL + """
                forbidden:
                  - { use: ide }
                """)).hasMessageContaining("a reason or a statement is required");
    }

    @Test
    void refusesAForbiddenEntryThatNamesNothingAndStatesNothing() {
        assertThatThrownBy(() -> read(MINIMAL + """
                forbidden:
                  - { reason: Parce que. }
                """)).hasMessageContaining("needs a statement");
    }

    @Test
    void refusesABlankComment() {
        assertThatThrownBy(() -> read(MINIMAL.replace("kind: care }", "kind: care, comment: \" \" }")))
                .hasMessageContaining("roles[].comment");
    }

    private static String profile(ToolEntry tool) {
        return String.join(" ", Arrays.asList(tool.kind().name(), tool.hosting().name(), "contract=" + tool.contract(),
                "trains=" + tool.trainsOnInputs().name(), "ce=" + tool.ceMarked()));
    }

    private static StarterCatalogue read(String yaml) throws IOException {
        return StarterCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}

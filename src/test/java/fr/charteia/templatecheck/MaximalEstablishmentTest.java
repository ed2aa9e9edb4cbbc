package fr.charteia.templatecheck;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.Toolkit;
import fr.charteia.model.BaselineProhibition;
import fr.charteia.model.DataKind;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Establishment;
import fr.charteia.model.RoleKind;
import fr.charteia.model.UseKind;
import fr.charteia.validation.Finding;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaximalEstablishmentTest {

    private static Toolkit toolkit;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.builder().threads(1).build();
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @Test
    void everyEstablishmentInputIsAValidEstablishmentInEveryLanguage() {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            Map<String, CheckedQuestionnaire> checked = checkAll(language);
            for (String name : TemplateCheck.establishmentInputs(language).keySet()) {
                CheckedQuestionnaire establishment = checked.get(name);

                assertThat(establishment.report().findings()).as(language + " " + name).noneMatch(Finding::isError);
                assertThat(establishment.establishment()).as(language + " " + name).isPresent();
                assertThat(establishment.establishment().get().locale()).isEqualTo(language);
            }
        }
    }

    @Test
    void theBaselineDepartmentsFindTheirBaselineAndStayWithinIt() {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            Map<String, CheckedQuestionnaire> checked = checkAll(language);
            for (String name : new String[] {"chu-valmont/services/bloc-operatoire.yaml", "chu-valmont/services/cardiologie.yaml",
                "chu-valmont/services/direction-achats.yaml", "services/questionnaire-maximal-socle.yaml"}) {
                CheckedQuestionnaire department = checked.get(name);

                assertThat(department.report().findings()).as(language + " " + name).noneMatch(Finding::isError);
                assertThat(department.questionnaire()).as(language + " " + name).isPresent();
                assertThat(department.baseline()).as(language + " " + name).isPresent();
            }
            assertThat(checked.get("services/questionnaire-maximal-socle.yaml").baseline().get().document().reference())
                    .isEqualTo("DIR-IA-001");
        }
    }

    @Test
    void theMaximalEstablishmentFillsEveryOptionalPartAndProhibitsEveryKind() {
        Establishment maximal = checkAll(DocumentLanguage.FR).get(MaximalEstablishment.MAXIMAL_FILE).establishment().orElseThrow();

        assertThat(maximal.consultations()).anyMatch(c -> c.date().isPresent()).anyMatch(c -> c.date().isEmpty());
        assertThat(maximal.tools()).anyMatch(t -> t.shortName().isPresent()).anyMatch(t -> t.shortName().isEmpty())
                .anyMatch(t -> t.patientNotice().isPresent()).anyMatch(t -> t.ceMarked());
        assertThat(maximal.forbidden()).anyMatch(p -> p.statement().isPresent() && !p.namesCombination())
                .anyMatch(p -> p.statement().isPresent() && p.reason().isPresent());
        assertThat(maximal.practices()).isNotEmpty();
        assertThat(maximal.incident()).isPresent();
        assertThat(maximal.training()).anyMatch(t -> t.date().isPresent()).anyMatch(t -> t.date().isEmpty());
        assertThat(maximal.referencePattern()).isPresent();
        assertThat(maximal.history()).anyMatch(h -> h.author().isPresent()).anyMatch(h -> h.author().isEmpty());
        assertThat(maximal.organisation().director()).isPresent();
        assertThat(maximal.organisation().contacts().aiReferent()).isPresent();
        Set<Object> kinds = new HashSet<>();
        for (BaselineProhibition prohibition : maximal.forbidden()) {
            kinds.addAll(prohibition.dataKinds());
            kinds.addAll(prohibition.useKinds());
            kinds.addAll(prohibition.roleKinds());
        }
        assertThat(kinds).contains((Object[]) DataKind.values()).contains((Object[]) UseKind.values())
                .contains((Object[]) RoleKind.values());
    }

    /** Every input of the language written in one tree and read from it, as the check does. */
    private Map<String, CheckedQuestionnaire> checkAll(DocumentLanguage language) {
        Path tree = folder.resolve(language.code());
        Map<String, byte[]> inputs = new LinkedHashMap<>(TemplateCheck.establishmentInputs(language));
        inputs.putAll(TemplateCheck.departmentInputs(language));
        InputTree.write(tree, inputs);
        Map<String, CheckedQuestionnaire> checked = new LinkedHashMap<>();
        for (String name : inputs.keySet()) {
            checked.put(name, toolkit.validate(tree.resolve(name), tree, Locale.FRENCH));
        }
        return checked;
    }
}

package fr.charteia.compose;

import static fr.charteia.compose.ComposeTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.document.DocumentKind;
import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are strict, escaped, and can be overridden file by file. */
class TemplateStrictnessTest {

    @TempDir
    Path custom;

    @Test
    void aTagTheViewModelDoesNotHaveFailsWithItsNameTemplateAndLine() throws IOException {
        write("fr/charter.md.mustache", "# {{service}}\n\nLigne deux\n\nResponsable : {{responsable}}\n");
        DocumentComposer composer = new DocumentComposer(TemplateSet.overriddenBy(custom));

        assertThatThrownBy(() -> composer.compose(sample("pharmacie-pui.yaml"), DocumentKind.CHARTER, Optional.empty()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("la balise {{responsable}} ne correspond à aucune valeur")
                .hasMessageContaining(custom.resolve("fr/charter.md.mustache").toString())
                .hasMessageContaining("fr/charter.md.mustache », ligne 5 : ");
    }

    @Test
    void aSectionTheViewModelDoesNotHaveFailsToo() throws IOException {
        write("fr/charter.md.mustache", "{{#outils}}\n- {{nom}}\n{{/outils}}\n");

        assertThatThrownBy(() -> new DocumentComposer(TemplateSet.overriddenBy(custom))
                .compose(sample("pharmacie-pui.yaml"), DocumentKind.CHARTER, Optional.empty()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("la balise {{#outils}} ne correspond à aucune valeur");
    }

    @Test
    void rawTagsAreRefused() throws IOException {
        write("fr/charter.md.mustache", "# {{{service}}}\n");

        assertThatThrownBy(() -> new DocumentComposer(TemplateSet.overriddenBy(custom))
                .compose(sample("pharmacie-pui.yaml"), DocumentKind.CHARTER, Optional.empty()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("la balise brute {{{service}}} ou {{& service}} n'est pas admise : écrivez {{service}}, pour que "
                        + "la valeur soit échappée pour le Markdown");
    }

    @Test
    void overriddenTemplateIsUsedAndTheOtherFilesComeFromTheShippedSet() throws IOException {
        write("fr/charter.md.mustache", "# Charte adaptée — {{service}}\n\n{{#tools}}- {{name}} ({{kind}})\n{{/tools}}");

        ComposedDocument charter = new DocumentComposer(TemplateSet.overriddenBy(custom))
                .compose(sample("pharmacie-pui.yaml"), DocumentKind.CHARTER, Optional.empty());

        assertThat(charter.markdown()).startsWith("# Charte adaptée — Pharmacie à usage intérieur")
                .contains("(Outil hébergé par l'établissement)");
        assertThat(charter.meta().label("cartouche.reference")).isEqualTo("Référence");
    }

    @Test
    void userValuesAreEscapedForMarkdown() throws IOException {
        write("fr/charter.md.mustache", "{{#roles}}- {{label}}\n{{/roles}}");
        String yaml = ComposeTestSupport.replacingOnce(ComposeTestSupport.sampleText("pharmacie-pui.yaml"),
                "label: Interne en pharmacie hospitalière,", "label: \"**x** # x | x <b> [a](b) {{x}}\",");

        ComposedDocument charter = new DocumentComposer(TemplateSet.overriddenBy(custom))
                .compose(ComposeTestSupport.questionnaire(yaml), DocumentKind.CHARTER, Optional.empty());

        assertThat(charter.markdown()).contains("- \\*\\*x\\*\\* \\# x \\| x \\<b\\> \\[a\\]\\(b\\) \\{\\{x\\}\\}\n");
    }

    @Test
    void missingTemplatesFolderIsACleanError() {
        assertThatThrownBy(() -> TemplateSet.overriddenBy(custom.resolve("absent")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("est introuvable : vérifiez le chemin donné à --templates");
    }

    @Test
    void fileStemsAreSafeWhateverTheDepartmentIsCalled() {
        assertThat(FileStems.slug("Urgences adultes (SAU)")).isEqualTo("urgences-adultes-sau");
        assertThat(FileStems.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(FileStems.slug("C:\\Windows\\System32")).isEqualTo("c-windows-system32");
        assertThat(FileStems.slug("Pédiatrie – Néonatologie")).isEqualTo("pediatrie-neonatologie");
        assertThat(FileStems.slug("***")).isEqualTo("service");
        assertThat(FileStems.slug("x".repeat(200))).hasSize(FileStems.MAX_LENGTH);
    }

    private void write(String name, String text) throws IOException {
        Path file = custom.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

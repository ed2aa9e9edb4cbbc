package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCheckCommandTest {

    @TempDir
    Path folder;

    @Test
    void shippedTemplatesPass() {
        CommandLineRun run = CommandLineRun.of("templates", "check");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("Modèles vérifiés : aucun problème.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theJsonReportListsEachProblemWithItsKindInEnglishForLangEn() throws IOException {
        Path sheet = copyShipped("en/sheet.md.mustache");
        Files.writeString(sheet, Files.readString(sheet).replaceFirst("\\{\\{reference}}", "{{referense}}"));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString(), "--format", "json",
                "--lang", "en");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("clean").asBoolean()).isFalse();
        assertThat(report.get("problems")).hasSize(1);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("en/sheet.md.mustache");
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(problem.get("kind").asText()).isEqualTo("unknown-name");
        assertThat(problem.get("message").asText()).isEqualTo("unknown variable \"referense\" in the tag {{referense}}: "
                + "no such name exists at this place (did you mean \"reference\"?); the names allowed are described in "
                + "templates/README.md");
        assertThat(report.get("summary").get("problems").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(1);
    }

    @Test
    void aMisspeltVariableIsReportedWithFileAndLine() throws IOException {
        Path sheet = copyShipped("fr/sheet.md.mustache");
        Files.writeString(sheet, Files.readString(sheet).replace("réf. {{reference}}", "réf. {{referense}}"));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/sheet.md.mustache:4: variable inconnue « referense » dans la balise "
                + "{{referense}} : ce nom n'existe pas à cet endroit (vouliez-vous dire « reference » ?) ; les noms permis "
                + "sont décrits dans templates/README.md\n");
    }

    @Test
    void aSectionNeverRenderedIsDeadText() throws IOException {
        Path sheet = copyShipped("fr/sheet.md.mustache");
        Files.writeString(sheet, Files.readString(sheet) + "\n{{^hasUnit}}{{#hasUnit}}Jamais.{{/hasUnit}}{{/hasUnit}}\n");

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).containsPattern("fr/sheet\\.md\\.mustache:\\d+: section jamais utilisée : le texte de "
                + "\\{\\{#hasUnit}} n'est rendu pour aucun des questionnaires essayés \\(urgences-adultes\\.yaml, ");
    }

    @Test
    void unsupportedMarkdownIsReportedAtItsTemplateLine() throws IOException {
        Path sheet = copyShipped("fr/sheet.md.mustache");
        String text = Files.readString(sheet);
        int lines = text.split("\n", -1).length;
        Files.writeString(sheet, text + "\n#### Détail\n\n![logo](logo.png)\n\n<div>bloc</div>\n");

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("fr/sheet.md.mustache:" + (lines + 1) + ": Markdown non pris en charge par les "
                + "rédacteurs Word et PDF : titre de niveau 4 (rendu avec « urgences-adultes.yaml ») ; les documents n'ont "
                + "que trois niveaux de titre (#, ##, ###) : il serait imprimé comme un titre de niveau 3, écrivez ### ou "
                + "du texte en gras\n",
                "fr/sheet.md.mustache:" + (lines + 3) + ": Markdown non pris en charge par les rédacteurs Word et PDF : "
                + "image « logo.png »",
                "fr/sheet.md.mustache:" + (lines + 5) + ": Markdown non pris en charge par les rédacteurs Word et PDF : "
                + "bloc HTML « <div>bloc</div> »");
    }

    @Test
    void aPartialPresentInOneLanguageOnlyIsReported() throws IOException {
        Files.createDirectories(folder.resolve("fr/partials"));
        Files.writeString(folder.resolve("fr/partials/extra.md.mustache"), "Texte.\n");

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/partials/extra.md.mustache: « partials/extra.md.mustache » existe en fr mais "
                + "pas en en : ajoutez sa traduction dans en/, sinon le document en ne pourra pas l'inclure\n");
    }

    @Test
    void aMisspeltNameInTheEstablishmentCharterIsReportedWithFileAndLine() throws IOException {
        Path charter = copyShipped("fr/establishment-charter.md.mustache");
        String text = Files.readString(charter);
        String governance = "- La présente charte (réf. {{reference}}";
        int line = text.substring(0, text.indexOf(governance)).split("\n", -1).length;
        Files.writeString(charter, text.replace(governance, "- La présente charte (réf. {{referense}}"));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/establishment-charter.md.mustache:" + line + ": variable inconnue « referense » "
                + "dans la balise {{referense}} : ce nom n'existe pas à cet endroit (vouliez-vous dire « reference » ?) ; "
                + "les noms permis sont décrits dans templates/README.md\n");
        assertThat(run.out()).doesNotContain("fr/sheet.md.mustache", "fr/charter.md.mustache", "en/");
    }

    @Test
    void aCommonPartialPresentInOneLanguageOnlyIsReported() throws IOException {
        Files.createDirectories(folder.resolve("fr/partials/common"));
        Files.writeString(folder.resolve("fr/partials/common/extra.md.mustache"), "Texte.\n");

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/partials/common/extra.md.mustache: « partials/common/extra.md.mustache » existe "
                + "en fr mais pas en en : ajoutez sa traduction dans en/, sinon le document en ne pourra pas l'inclure\n");
    }

    @Test
    void anUnknownTopLevelTemplateAndAMissingPartialAreReported() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Files.createDirectories(folder.resolve(language));
            Files.writeString(folder.resolve(language + "/annexe.md.mustache"), "{{> partials/absent.md.mustache}}\n");
        }
        Path sheet = copyShipped("fr/sheet.md.mustache");
        String text = Files.readString(sheet);
        int lines = text.split("\n", -1).length;
        Files.writeString(sheet, text + "\n{{> partials/absent.md.mustache}}\n");

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/annexe.md.mustache: modèle inconnu : charte-ia ne rend aucun document avec "
                + "« annexe.md.mustache » (modèles attendus : charter.md.mustache, sheet.md.mustache, "
                + "establishment-charter.md.mustache, et les modèles partiels dans partials/) ; renommez-le ou retirez-le\n",
                "  fr/sheet.md.mustache:" + (lines + 1) + ": modèle partiel introuvable : {{> partials/absent.md.mustache}} "
                + "désigne « fr/partials/absent.md.mustache », qui n'existe ni dans le dossier de modèles ni parmi les modèles "
                + "livrés ; corrigez le nom ou ajoutez le fichier\n");
    }

    @Test
    void aSheetMadeTooLongOverflowsItsPageBudget() throws IOException {
        Path sheet = copyShipped("fr/sheet.md.mustache");
        String paragraph = "Ce paragraphe répété allonge la fiche au-delà de sa page, pour vérifier le budget de pages. ";
        Files.writeString(sheet, Files.readString(sheet) + ("\n" + paragraph.repeat(8) + "\n").repeat(30));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).containsPattern("  fr/sheet\\.md\\.mustache: la fiche ne tient plus sur une page : avec le "
                + "questionnaire « urgences-adultes\\.yaml », elle fait \\d+ pages \\(\\d+ de trop\\) ; raccourcissez le "
                + "texte de la fiche\n");
    }

    @Test
    void aBrokenSelfPositioningFileOfTheTrainingRoomIsReported() throws IOException {
        Path positioning = copyShipped("fr/positionnement.yaml");
        Files.writeString(positioning, Files.readString(positioning)
                .replace("text: \"Je sais identifier les principaux risques de l'IA à l'hôpital.\"", "text: \"\""));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  fr/positionnement.yaml: modèle inutilisable : « " + positioning
                + " », entrée « risques » : text est vide\n");
        assertThat(run.out()).doesNotContain("satisfaction.yaml", "en/");
    }

    @Test
    void aWorkshopSituationCitingAnUnknownTextIsReportedInItsLanguage() throws IOException {
        Path situations = copyShipped("en/situations.yaml");
        Files.writeString(situations, Files.readString(situations)
                .replace("references: [\"anssi-ia-generative-2024\"]", "references: [\"anssi-2099\"]"));

        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("  en/situations.yaml: modèle inutilisable : « " + situations
                + " », entrée « injection-document-courriel » : la référence « anssi-2099 » n'existe pas dans "
                + "« templates/en/references.yaml » ; citez l'id d'un texte de ce fichier, ou ajoutez-y ce texte "
                + "(avec son titre et sa source officiels)\n");
        assertThat(run.out()).doesNotContain("fr/");
    }

    @Test
    void aMissingFolderIsAUsageProblem() {
        CommandLineRun run = CommandLineRun.of("templates", "check", "--templates", folder.resolve("absent").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Problème de modèle : le dossier de modèles « " + folder.resolve("absent")
                + " » est introuvable : vérifiez le chemin donné à --templates");
    }

    private Path copyShipped(String name) throws IOException {
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(Path.of("templates", name), StandardCharsets.UTF_8));
        return target;
    }
}

package fr.charteia.templatecheck;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.model.DocumentLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownCheckTest {

    private static final String TEMPLATE = "fr/sheet.md.mustache";
    private static DocumentMeta meta;

    private final MarkdownCheck check = new MarkdownCheck(Messages.of(Locale.FRENCH));

    @BeforeAll
    static void meta() {
        try (Toolkit toolkit = Toolkit.builder().threads(1).build()) {
            CheckedQuestionnaire checked = toolkit.validate(new QuestionnaireSource("minimal.yaml",
                    MaximalQuestionnaire.minimal(DocumentLanguage.FR), Optional.empty()), Locale.FRENCH);
            meta = toolkit.compose(checked, DocumentKind.SHEET).meta();
        }
    }

    @Test
    void supportedMarkdownAndTheDirectivesPass() {
        String markdown = "# Titre\n\n## Partie\n\n### Détail\n\n<!-- compact -->\n| A | B |\n|---|---|\n"
                + "| <mark class=\"authorised\">oui</mark> | [site](https://example.org) |\n\n**gras** et *italique*.\n";

        assertThat(check.check(markdown, meta, "q.yaml", TEMPLATE, List.of(), Map.of(TEMPLATE, markdown)::get)).isEmpty();
    }

    @Test
    void eachUnsupportedConstructIsReportedAtTheTemplateLineHoldingItsLiteralText() {
        String template = "# Titre\n{{#any}}\n#### Trop profond\n{{/any}}\n\n```\ncode\n```\n\n<div>bloc</div>\n\n"
                + "Voir [ici](fichier.docx) et <span>ceci</span>.\n\n![logo](logo.png)\n";
        // the standalone section tags are gone from the rendering: the literal lines find their place back
        String markdown = "# Titre\n#### Trop profond\n\n```\ncode\n```\n\n<div>bloc</div>\n\n"
                + "Voir [ici](fichier.docx) et <span>ceci</span>.\n\n![logo](logo.png)\n";

        List<TemplateProblem> problems = check.check(markdown, meta, "q.yaml", TEMPLATE, List.of(), Map.of(TEMPLATE, template)::get);

        assertThat(problems).extracting(TemplateProblem::kind).containsOnly(ProblemKind.MARKDOWN);
        assertThat(problems).extracting(TemplateProblem::format).containsExactlyInAnyOrder(
                TEMPLATE + ":3: Markdown non pris en charge par les rédacteurs Word et PDF : titre de niveau 4 (rendu avec "
                        + "« q.yaml ») ; les documents n'ont que trois niveaux de titre (#, ##, ###) : il serait imprimé comme "
                        + "un titre de niveau 3, écrivez ### ou du texte en gras",
                TEMPLATE + ":6: Markdown non pris en charge par les rédacteurs Word et PDF : bloc de code (rendu avec « q.yaml »)"
                        + " ; il serait imprimé en police à chasse fixe, sans mise en forme : retirez les « ``` » et écrivez "
                        + "du texte courant",
                TEMPLATE + ":10: Markdown non pris en charge par les rédacteurs Word et PDF : bloc HTML « <div>bloc</div> » "
                        + "(rendu avec « q.yaml ») ; seules les directives de templates/README.md (<!-- toc -->, "
                        + "<!-- pagebreak -->, <!-- columns -->…) sont admises : écrivez du Markdown",
                TEMPLATE + ":12: Markdown non pris en charge par les rédacteurs Word et PDF : lien vers « fichier.docx » (rendu "
                        + "avec « q.yaml ») ; seuls les liens http(s):// et mailto: sont cliquables ; celui-ci serait imprimé "
                        + "comme du texte seul, donnez une adresse web complète",
                TEMPLATE + ":12: Markdown non pris en charge par les rédacteurs Word et PDF : HTML « <span> » dans le texte "
                        + "(rendu avec « q.yaml ») ; seul <mark class=\"…\"> est admis : écrivez du Markdown (**gras**, *italique*)",
                TEMPLATE + ":12: Markdown non pris en charge par les rédacteurs Word et PDF : HTML « </span> » dans le texte "
                        + "(rendu avec « q.yaml ») ; seul <mark class=\"…\"> est admis : écrivez du Markdown (**gras**, *italique*)",
                TEMPLATE + ":14: Markdown non pris en charge par les rédacteurs Word et PDF : image « logo.png » (rendu avec "
                        + "« q.yaml ») ; une image ne s'insère pas par le modèle : le seul visuel est le logo, donné par "
                        + "organisation.logo dans le questionnaire");
    }

    @Test
    void aLineWrittenByAPartialIsBroughtBackToThePartialThroughTheMarks() {
        String partial = "fr/partials/extra.md.mustache";
        String markdown = "# Titre\n\nIntro.\n\n#### {{valeur rendue}}\n";
        List<CheckingMustacheFactory.Mark> marks = List.of(new CheckingMustacheFactory.Mark(markdown.indexOf("Intro"), partial, 2));

        List<TemplateProblem> problems = check.check(markdown, meta, "q.yaml", TEMPLATE, marks, name -> null);

        assertThat(problems).extracting(TemplateProblem::file, TemplateProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(partial, 4));
    }

    @Test
    void markupTheWritersRefuseIsReported() {
        String markdown = "# Titre\n\n<!-- columns -->\n\nTexte.\n";

        List<TemplateProblem> problems = check.check(markdown, meta, "q.yaml", TEMPLATE, List.of(), name -> null);

        assertThat(problems).extracting(TemplateProblem::format).singleElement().asString()
                .startsWith(TEMPLATE + ":3: Markdown non pris en charge par les rédacteurs Word et PDF : balisage refusé (")
                .endsWith(" (rendu avec « q.yaml ») ; suivez les conventions de templates/README.md");
    }
}

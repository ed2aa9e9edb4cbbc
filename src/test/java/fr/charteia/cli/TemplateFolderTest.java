package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapted templates ({@code --templates}) stay in their folder: no link or partial name reads a file
 * from elsewhere on the machine. What goes wrong in a template is told in French, naming the file,
 * what is wrong and how to fix it, and nothing is written.
 */
class TemplateFolderTest {

    private static final String SAMPLE = "samples/paediatrics-en.yaml";
    private static final String SECRET = "SECRET-DE-LA-MACHINE";

    @TempDir
    Path dir;

    // --- Links and partial names that lead outside ---------------------------------------------------

    @Test
    void aTemplateThatIsALinkToAFileOutsideTheFolderIsRefusedAndNothingOfItIsPrinted() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path secret = Files.writeString(dir.resolve("passwd"), SECRET + "\n", StandardCharsets.UTF_8);
        Path link = link(templates.resolve("sheet.md.mustache"), secret);

        CommandLineRun run = generate(templates.getParent());

        assertRefused(run, "le modèle « " + link + " » est un lien symbolique (ou se trouve dans un dossier lié) qui mène "
                + "hors du dossier de modèles : seuls les fichiers rangés dans le dossier donné à --templates sont lus. "
                + "Copiez-y le fichier au lieu d'un lien");
    }

    @Test
    void aLanguageFolderThatIsALinkOutsideIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
        Files.writeString(elsewhere.resolve("charter.md.mustache"), SECRET + "\n", StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(dir.resolve("modeles"));
        link(templates.resolve("en"), elsewhere);

        CommandLineRun run = generate(templates);

        assertRefused(run, "le modèle « " + templates.resolve("en/charter.md.mustache") + " » est un lien symbolique (ou se "
                + "trouve dans un dossier lié) qui mène hors du dossier de modèles");
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFollowed() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path mine = Files.writeString(templates.resolve("ma-fiche.mustache"), "# Fiche {{service}}\n", StandardCharsets.UTF_8);
        link(templates.resolve("sheet.md.mustache"), mine);
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--templates", templates.getParent().toString(),
                "--out", out.toString(), SAMPLE);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(out.resolve("ai-sheet-paediatrics.md"))).contains("# Fiche ");
    }

    @Test
    void aPartialNamedOutsideTheFolderIsRefusedBeforeAnyLookup() throws IOException {
        Files.writeString(dir.resolve("passwd.mustache"), SECRET + "\n", StandardCharsets.UTF_8);
        for (String partial : new String[] {"../../passwd", "/etc/passwd"}) {
            Path templates = Files.createDirectories(dir.resolve("modeles-" + partial.length() + "/en"));
            Files.writeString(templates.resolve("sheet.md.mustache"), "# Fiche\n\n{{> " + partial + "}}\n", StandardCharsets.UTF_8);

            CommandLineRun run = generate(templates.getParent());

            assertThat(run.err()).as(partial).contains("sort du dossier de modèles (chemin absolu ou « .. ») : nommez un modèle "
                    + "partiel par un chemin relatif au dossier du modèle qui l'inclut, sans « .. »");
            assertRefused(run, "le nom de modèle « ");
        }
    }

    // --- Template errors in French ----------------------------------------------------------------------

    @Test
    void aTemplateFolderThatDoesNotExistIsNamed() {
        Path missing = dir.resolve("absent");

        assertRefused(generate(missing), "le dossier de modèles « " + missing + " » est introuvable : vérifiez le chemin "
                + "donné à --templates");
    }

    @Test
    void aTemplateNotInUtf8IsNamedWithItsFirstBadByte() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path sheet = Files.write(templates.resolve("sheet.md.mustache"),
                "# Fiche\n\nCharte validée\n".getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(generate(templates.getParent()), "le modèle « " + sheet.toRealPath() + " » n'est pas encodé en UTF-8 "
                + "(octet 0xE9 invalide, ligne 3) : il a sans doute été enregistré en Latin-1 ou Windows-1252, enregistrez-le "
                + "en UTF-8");
    }

    @Test
    void aTagWithoutValueIsNamedWithItsLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path charter = Files.writeString(templates.resolve("charter.md.mustache"), "# Charte\n\n{{departement}}\n",
                StandardCharsets.UTF_8);

        assertRefused(generate(templates.getParent()), "le modèle « " + charter + " », ligne 3 : la balise {{departement}} ne "
                + "correspond à aucune valeur : vérifiez son orthographe parmi les noms décrits dans templates/README.md");
    }

    @Test
    void aSectionLeftOpenIsASyntaxMistake() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path charter = Files.writeString(templates.resolve("charter.md.mustache"), "# Charte\n\n{{#tools}}\n- outil\n",
                StandardCharsets.UTF_8);

        CommandLineRun run = generate(templates.getParent());

        assertRefused(run, "le modèle « " + charter + " »");
        assertThat(run.err()).contains("la syntaxe Mustache est incorrecte : vérifiez que chaque {{#section}} ou {{^section}} "
                + "est fermée par {{/section}} du même nom, et que chaque balise se termine par }}");
    }

    @Test
    void aDataFileWithBrokenYamlOrTheWrongShapeOrAnUnknownKeyIsNamedWithThePlace() throws IOException {
        Path broken = situations("broken", "- id: a\n  situation: \"ouvert\n  risk: b\n");
        Path shape = situations("shape", "id: a\nsituation: b\n");
        Path unknown = situations("unknown", "- id: a\n  situation: b\n  risk: c\n  reflex: d\n  couleur: rouge\n");

        CommandLineRun brokenRun = generate(broken.getParent().getParent());
        CommandLineRun shapeRun = generate(shape.getParent().getParent());
        CommandLineRun unknownRun = generate(unknown.getParent().getParent());

        assertRefused(brokenRun, "le fichier de modèle « " + broken + " » ne se lit pas : erreur de syntaxe YAML (ligne ");
        assertThat(brokenRun.err()).contains(" : vérifiez l'indentation (des espaces, alignés), les deux-points (« clé: valeur ») "
                + "et les guillemets. Corrigez");
        assertRefused(shapeRun, "le fichier de modèle « " + shape + " » ne se lit pas : une valeur n'a pas la forme attendue "
                + "(ligne 1, colonne 1) : suivez la forme du fichier livré templates/en/situations.yaml");
        assertRefused(unknownRun, "le fichier de modèle « " + unknown + " » ne se lit pas : la clé « couleur » n'est pas "
                + "prévue (clés possibles : expected, id, reason, references, reflex, risk, situation, when, workshop_only) : corrigez-la ou retirez-la");
    }

    @Test
    void aTermsFileWithoutAnEntryNamesIt() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/en"));
        Path terms = Files.writeString(templates.resolve("terms.properties"), "date.pattern=d MMMM yyyy\n", StandardCharsets.UTF_8);

        assertRefused(generate(templates.getParent()), "le fichier de modèle « " + terms + " » n'a pas d'entrée « ");
    }

    // --- Helpers ---------------------------------------------------------------------------------------

    private Path situations(String folder, String yaml) throws IOException {
        Path templates = Files.createDirectories(dir.resolve(folder + "/en"));
        return Files.writeString(templates.resolve("situations.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private CommandLineRun generate(Path templates) {
        return CommandLineRun.of("generate", "--format", "md", "--templates", templates.toString(),
                "--out", dir.resolve("out").toString(), SAMPLE);
    }

    /** Exit 2, the French sentence starting with {@code detail}, no stack trace, no secret, nothing written. */
    private void assertRefused(CommandLineRun run, String detail) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).startsWith("Problème de modèle : " + detail)
                .contains(". Corrigez le modèle (voir templates/README.md) ou retirez --templates.\n")
                .endsWith("Aucun document n'a été écrit.\n")
                .doesNotContain("Exception", "cannot", "Cannot", "Input length", "does not exist", "No value");
        assertThat(run.all()).doesNotContain(SECRET);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e.getMessage());
            return link;
        }
    }
}

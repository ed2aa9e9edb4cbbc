package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate validates first, writes whole files or nothing, under safe names inside --out. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validQuestionnaireGivesTheCharterAndTheSheetUnderNamesDerivedFromTheDepartment() throws IOException {
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(), "samples/paediatrics-en.yaml");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(filesIn(out)).containsExactly("ai-charter-paediatrics.md", "ai-sheet-paediatrics.md");
        assertThat(run.out()).contains("Écrit : " + out.resolve("ai-charter-paediatrics.md"));
        assertThat(Files.readString(out.resolve("ai-charter-paediatrics.md"))).contains("<!-- cartouche -->", "# 1. ");
    }

    @Test
    void anErrorInAnyQuestionnairePrintsTheReportAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(),
                "samples/paediatrics-en.yaml", "samples/invalid/d-public-personal.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[D-PUBLIC-PERSONAL]", "Verdict : NON VALIDE");
        assertThat(run.err()).contains("Aucun document n'a été écrit.");
        assertThat(out).doesNotExist();
    }

    @Test
    void unreadableQuestionnaireExitsWithTwoAndWritesNothing() {
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--out", out.toString(), dir.resolve("absent.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void logoIsPlacedInTheHeaderOfBothWordDocuments() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", dir.resolve("logo.png").toFile());
        Path questionnaire = paediatricsWithLogo("logo.png");
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "docx", "--out", out.toString(), questionnaire.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        for (String name : List.of("ai-charter-paediatrics.docx", "ai-sheet-paediatrics.docx")) {
            try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out.resolve(name)))) {
                assertThat(docx.getHeaderList()).anySatisfy(h -> assertThat(h.getAllPictures()).isNotEmpty());
            }
        }
    }

    @Test
    void twoRunsGiveByteIdenticalWordAndPdfFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        CommandLineRun.of("generate", "--out", first.toString(), "samples/urgences-adultes.yaml");
        CommandLineRun.of("generate", "--out", second.toString(), "samples/urgences-adultes.yaml");

        assertThat(filesIn(first)).containsExactly("charte-ia-urgences-adultes-sau.docx", "charte-ia-urgences-adultes-sau.pdf",
                "fiche-ia-urgences-adultes-sau.docx", "fiche-ia-urgences-adultes-sau.pdf");
        for (String name : filesIn(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void aCharacterNoFontCanDrawIsReportedAsAWarningAndTheDocumentsAreStillWritten() throws IOException {
        String sample = Files.readString(Path.of("samples/paediatrics-en.yaml"), StandardCharsets.UTF_8);
        Path questionnaire = Files.writeString(dir.resolve("emoji.yaml"),
                sample.replaceFirst("(?m)^  name: Paediatrics$", "  name: \"Paediatrics \uD83D\uDE91\""), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "pdf", "--out", out.toString(), questionnaire.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Avertissement : " + out.resolve("ai-charter-paediatrics.pdf"),
                "le caractère U+1F691 (\uD83D\uDE91)", "n'existe dans aucune police du PDF");
        assertThat(filesIn(out)).containsExactly("ai-charter-paediatrics.pdf", "ai-sheet-paediatrics.pdf");
    }

    @Test
    void twoQuestionnairesForTheSameDepartmentNameAreRefusedRatherThanOverwritten() throws IOException {
        Path copy = Files.copy(Path.of("samples/paediatrics-en.yaml"), dir.resolve("copie.yaml"));
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(),
                "samples/paediatrics-en.yaml", copy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("produiraient le même fichier");
        assertThat(out).doesNotExist();
    }

    @Test
    void brokenCustomTemplateIsATemplateProblemAndWritesNothing() throws IOException {
        Path templates = dir.resolve("modeles");
        Files.createDirectories(templates.resolve("en"));
        Files.writeString(templates.resolve("en/charter.md.mustache"), "# {{departement}}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--templates", templates.toString(),
                "--out", out.toString(), "samples/paediatrics-en.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Problème de modèle", "la balise {{departement}} ne correspond à aucune valeur",
                "charter.md.mustache », ligne 1");
        assertThat(out).doesNotExist();
    }

    @Test
    void departmentNameCannotSendFilesOutsideTheOutputFolder() throws IOException {
        Path questionnaire = dir.resolve("evasion.yaml");
        String sample = Files.readString(Path.of("samples/paediatrics-en.yaml"), StandardCharsets.UTF_8);
        Files.writeString(questionnaire, sample.replaceFirst("(?m)^  name: Paediatrics$", "  name: \"../../evasion/x\""),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("a/b/out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(), questionnaire.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(filesIn(out)).containsExactly("ai-charter-evasion-x.md", "ai-sheet-evasion-x.md");
        assertThat(dir.resolve("a/evasion")).doesNotExist();
    }

    /** The English sample, copied beside a logo path of the test's choosing. */
    private Path paediatricsWithLogo(String logo) throws IOException {
        String sample = Files.readString(Path.of("samples/paediatrics-en.yaml"), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("avec-logo.yaml"),
                sample.replaceFirst("(?m)^organisation:\\n", "organisation:\n  logo: " + logo + "\n"), StandardCharsets.UTF_8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

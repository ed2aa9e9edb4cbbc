package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The questionnaire travels with the document: extract gives back the author's file as written,
 * regenerating from it gives the same bytes, and when it is gone the message says why.
 */
class ExtractCommandTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final String CHARTER = "charte-ia-urgences-adultes-sau";
    private static final String SHEET = "fiche-ia-urgences-adultes-sau";

    @TempDir
    Path dir;

    // --- The author's file, as written ----------------------------------------------------------

    @Test
    void theAuthorsYamlComesBackAsWrittenFromTheWordAndPdfFilesAndRegeneratesIdenticalDocuments() throws IOException {
        byte[] authored = authoredYaml();
        Path mine = Files.write(Files.createDirectories(dir.resolve("mine")).resolve("urgences.yml"), authored);
        Path first = dir.resolve("first");
        assertThat(CommandLineRun.of("generate", "--out", first.toString(), mine.toString()).exitCode()).isZero();

        Path fromWord = dir.resolve("revision/from-word.yaml");
        Path fromPdf = dir.resolve("revision/from-pdf.yaml");
        CommandLineRun word = CommandLineRun.of("extract", first.resolve(CHARTER + ".docx").toString(), "--out", fromWord.toString());
        CommandLineRun pdf = CommandLineRun.of("extract", first.resolve(SHEET + ".pdf").toString(), "--out", fromPdf.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), fromWord.toString());

        assertThat(word.exitCode()).as(word.all()).isZero();
        assertThat(word.out()).isEqualTo("Questionnaire de " + first.resolve(CHARTER + ".docx") + " écrit dans " + fromWord + ".\n");
        assertThat(pdf.exitCode()).as(pdf.all()).isZero();
        assertThat(Files.readAllBytes(fromWord)).isEqualTo(authored);
        assertThat(Files.readAllBytes(fromPdf)).isEqualTo(authored);
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        assertSameFiles(first, second, 4);
    }

    @Test
    void theAuthorsJsonComesBackAsJsonAndRegeneratesIdenticalDocuments() throws IOException {
        byte[] authored = authoredJson();
        Path mine = Files.write(dir.resolve("urgences.json"), authored);
        Path first = dir.resolve("first");
        CommandLineRun generate = CommandLineRun.of("generate", "--out", first.toString(), mine.toString());
        assertThat(generate.exitCode()).as(generate.all()).isZero();

        Path extracted = dir.resolve("revision/urgences.json");
        CommandLineRun extract = CommandLineRun.of("extract", first.resolve(CHARTER + ".pdf").toString(), "--out", extracted.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), extracted.toString());

        assertThat(extract.exitCode()).as(extract.all()).isZero();
        assertThat(Files.readAllBytes(extracted)).isEqualTo(authored);
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        assertSameFiles(first, second, 4);
    }

    @Test
    void aJsonQuestionnaireIsNotWrittenUnderAYamlNameNorTheOtherWayRound() throws IOException {
        Path first = dir.resolve("first");
        CommandLineRun.of("generate", "--out", first.toString(), "--format", "docx",
                Files.write(dir.resolve("q.json"), authoredJson()).toString());
        Path second = dir.resolve("second");
        CommandLineRun.of("generate", "--out", second.toString(), "--format", "docx", SAMPLE.toString());
        Path asYaml = dir.resolve("q.yaml");
        Path asJson = dir.resolve("q2.json");

        CommandLineRun jsonAsYaml = CommandLineRun.of("extract", first.resolve(CHARTER + ".docx").toString(), "--out", asYaml.toString());
        CommandLineRun yamlAsJson = CommandLineRun.of("extract", second.resolve(CHARTER + ".docx").toString(), "--out", asJson.toString());

        assertThat(jsonAsYaml.exitCode()).isEqualTo(2);
        assertThat(jsonAsYaml.err()).isEqualTo("Le questionnaire retrouvé est en JSON : donnez au fichier " + asYaml
                + " l'extension .json, pour que generate le relise comme tel (ou ajoutez --normalised pour l'obtenir en YAML).\n");
        assertThat(yamlAsJson.exitCode()).isEqualTo(2);
        assertThat(yamlAsJson.err()).isEqualTo("Le questionnaire retrouvé est en YAML : donnez au fichier " + asJson
                + " l'extension .yaml (ou .yml), pour que generate le relise comme tel.\n");
        assertThat(asYaml).doesNotExist();
        assertThat(asJson).doesNotExist();
    }

    @Test
    void withoutOutTheQuestionnaireIsPrintedAsWritten() throws IOException {
        Path out = dir.resolve("out");
        CommandLineRun.of("generate", "--out", out.toString(), "--format", "docx", "samples/paediatrics-en.yaml");

        CommandLineRun run = CommandLineRun.of("extract", out.resolve("ai-sheet-paediatrics.docx").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("samples/paediatrics-en.yaml")));
    }

    // --- The normalised form, for tools ---------------------------------------------------------

    @Test
    void theNormalisedFormDropsCommentsAndWritesBooleansAsBooleans() throws IOException {
        Path first = dir.resolve("first");
        CommandLineRun.of("generate", "--out", first.toString(), "--format", "docx",
                Files.write(dir.resolve("q.json"), authoredJson()).toString());
        Path normalised = dir.resolve("normalised.yaml");

        CommandLineRun printed = CommandLineRun.of("extract", "--normalised", first.resolve(CHARTER + ".docx").toString());
        CommandLineRun written = CommandLineRun.of("extract", "--normalised", first.resolve(CHARTER + ".docx").toString(),
                "--out", normalised.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), normalised.toString(), "--format", "md");

        assertThat(printed.exitCode()).as(printed.all()).isZero();
        assertThat(printed.out()).startsWith("# Questionnaire charte-ia, forme normalisée, extrait d'un document généré.\n"
                + "schema: charte-ia/1\n")
                .contains("\n    trains_on_inputs: false\n", "\n    contract: true\n")
                .doesNotContain("\"false\"", "\"true\"", "Exemple de questionnaire");
        assertThat(written.exitCode()).as(written.all()).isZero();
        assertThat(Files.readString(normalised)).isEqualTo(printed.out());
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        Path fromSample = dir.resolve("from-sample");
        assertThat(CommandLineRun.of("generate", "--out", fromSample.toString(), "--format", "md", SAMPLE.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(second.resolve(CHARTER + ".md"))).isEqualTo(Files.readString(fromSample.resolve(CHARTER + ".md")));
    }

    // --- Why the questionnaire is missing ---------------------------------------------------------

    @Test
    void aWordFileReSavedWithoutItsPropertiesIsSaidToHaveLostThemAndOneWithoutTraceNotToBeOurs() throws IOException {
        Path charter = generated(CHARTER + ".docx");
        Path stripped = Files.write(dir.resolve("re-saved.docx"), withoutQuestionnaire(Files.readAllBytes(charter)));
        Path foreign = Files.write(dir.resolve("other.docx"), foreignDocx());

        CommandLineRun dropped = CommandLineRun.of("extract", stripped.toString());
        CommandLineRun noTrace = CommandLineRun.of("extract", foreign.toString());
        CommandLineRun english = CommandLineRun.of("extract", "--lang", "en", stripped.toString());

        assertThat(dropped.exitCode()).isEqualTo(2);
        assertThat(dropped.err()).isEqualTo("Le document " + stripped + " a été produit par charte-ia mais ne contient plus son "
                + "questionnaire : il a été réenregistré par un traitement de texte qui supprime les propriétés personnalisées "
                + "du document. Reprenez le fichier Word ou PDF tel que charte-ia l'a produit, ou le questionnaire d'origine.\n");
        assertThat(noTrace.exitCode()).isEqualTo(2);
        assertThat(noTrace.err()).isEqualTo("Le document " + foreign + " ne contient pas de questionnaire charte-ia et ne porte "
                + "aucune trace de charte-ia : il n'a pas été produit par charte-ia (generate), ou un programme l'a réenregistré "
                + "en effaçant ses propriétés. Seuls les documents produits par charte-ia portent leur questionnaire.\n");
        assertThat(english.err()).startsWith("The document " + stripped + " was produced by charte-ia but no longer holds its "
                + "questionnaire: a word processor that drops custom document properties re-saved it.");
    }

    @Test
    void aWordFileMissingPiecesOfTheQuestionnaireOrWithOneChangedIsSaidToBeDamaged() throws IOException {
        byte[] charter = Files.readAllBytes(generated(CHARTER + ".docx"));
        int pieces = Integer.parseInt(customProperty(charter, "charte-ia.questionnaire.parts"));
        Path incomplete = Files.write(dir.resolve("incomplete.docx"), editProperties(charter, properties -> {
            properties.removeIf(p -> p.getName().equals("charte-ia.questionnaire.0002") || p.getName().equals("charte-ia.questionnaire.0003"));
        }));
        Path altered = Files.write(dir.resolve("altered.docx"), editProperties(charter, properties -> properties.stream()
                .filter(p -> p.getName().equals("charte-ia.questionnaire.0002"))
                .forEach(p -> p.setLpwstr(p.getLpwstr().substring(1) + "A"))));

        CommandLineRun missing = CommandLineRun.of("extract", incomplete.toString());
        CommandLineRun changed = CommandLineRun.of("extract", altered.toString());

        assertThat(pieces).isGreaterThan(3);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("Le questionnaire rangé dans " + incomplete + " est incomplet (morceaux retrouvés : "
                + (pieces - 2) + " sur " + pieces + "). Le fichier a été abîmé ou modifié par un autre programme : reprenez une "
                + "copie intacte du document produit par charte-ia.\n");
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.err()).isEqualTo("Le questionnaire rangé dans " + altered + " est abîmé : il ne correspond plus à ce "
                + "que charte-ia y a enregistré (fichier tronqué ou modifié par un autre programme). Reprenez une copie intacte "
                + "du document produit par charte-ia.\n");
    }

    @Test
    void aPdfReSavedWithoutItsAttachmentIsToldApartFromAPdfWithoutTraceOfCharteIa() throws IOException {
        Path sheet = generated(SHEET + ".pdf");
        Path reSaved = Files.write(dir.resolve("re-saved.pdf"), withoutAttachments(Files.readAllBytes(sheet)));
        Path printed = Files.write(dir.resolve("printed.pdf"), foreignPdf());

        CommandLineRun dropped = CommandLineRun.of("extract", reSaved.toString());
        CommandLineRun noTrace = CommandLineRun.of("extract", printed.toString());

        assertThat(dropped.exitCode()).isEqualTo(2);
        assertThat(dropped.err()).isEqualTo("Le PDF " + reSaved + " a été produit par charte-ia mais ne contient plus son "
                + "questionnaire joint : il a été réenregistré ou « imprimé en PDF » par un autre programme, qui supprime les "
                + "pièces jointes. Reprenez le PDF ou le fichier Word tel que charte-ia l'a produit, ou le questionnaire d'origine.\n");
        assertThat(noTrace.exitCode()).isEqualTo(2);
        assertThat(noTrace.err()).isEqualTo("Le PDF " + printed + " ne contient pas de questionnaire charte-ia et ne porte aucune "
                + "trace de charte-ia : il n'a pas été produit par charte-ia (generate), ou il a été « imprimé en PDF » ou converti "
                + "par un autre programme, ce qui efface les pièces jointes et les propriétés. Seuls les documents produits par "
                + "charte-ia portent leur questionnaire.\n");
    }

    @Test
    void aPdfWhoseAttachmentWasCutShortIsSaidToBeDamaged() throws IOException {
        Path sheet = generated(SHEET + ".pdf");
        Path truncated = Files.write(dir.resolve("truncated.pdf"), withAttachmentCutShort(Files.readAllBytes(sheet)));

        CommandLineRun run = CommandLineRun.of("extract", truncated.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Le questionnaire rangé dans " + truncated + " est abîmé : ");
    }

    @Test
    void documentsThatAreNotOursOrMissingAreRefusedClearly() throws IOException {
        Path text = Files.writeString(dir.resolve("note.docx"), "pas un document", StandardCharsets.UTF_8);
        byte[] charter = Files.readAllBytes(generated(CHARTER + ".docx"));
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(charter, charter.length / 2));

        CommandLineRun notOurs = CommandLineRun.of("extract", text.toString());
        CommandLineRun truncated = CommandLineRun.of("extract", cut.toString());
        CommandLineRun missing = CommandLineRun.of("extract", dir.resolve("absent.pdf").toString());

        assertThat(notOurs.exitCode()).isEqualTo(2);
        assertThat(notOurs.err()).isEqualTo("Le fichier " + text + " n'est ni un PDF ni un document Word lisible : il est d'un "
                + "autre format, ou abîmé (tronqué pendant une copie ou un envoi). Reprenez une copie intacte du document "
                + "produit par charte-ia.\n");
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.err()).startsWith("Le fichier " + cut + " n'est ni un PDF ni un document Word lisible");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("Le document " + dir.resolve("absent.pdf") + " est introuvable : vérifiez le chemin.\n");
    }

    @Test
    void aDocumentReachedThroughALoopOfSymbolicLinksIsSaidToBeOneNotMissing() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        CommandLineRun loop = CommandLineRun.of("extract", a.toString());

        assertThat(loop.exitCode()).isEqualTo(2);
        assertThat(loop.err()).isEqualTo("Le fichier " + a + " passe par une boucle de liens symboliques (des liens qui "
                + "renvoient les uns aux autres sans mener à un fichier) : corrigez ces liens ou indiquez directement le "
                + "chemin du document.\n");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path out = dir.resolve("out");
        CommandLineRun.of("generate", "--out", out.toString(), "--format", "docx", "samples/paediatrics-en.yaml");
        Path existing = Files.writeString(dir.resolve("mine.yaml"), "mon travail", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("extract", out.resolve("ai-charter-paediatrics.docx").toString(),
                "--out", existing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Le fichier " + existing + " existe déjà : il n'a pas été modifié. Choisissez un autre nom.\n");
        assertThat(Files.readString(existing)).isEqualTo("mon travail");
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /** The sample as an author might keep it: comments everywhere, quotes where they are not needed. */
    private static byte[] authoredYaml() throws IOException {
        String sample = Files.readString(SAMPLE);
        String authored = "# Relu en réunion de service le 12 novembre : voir le compte rendu.\n"
                + sample.replace("schema: charte-ia/1\n", "schema: 'charte-ia/1'   # ne pas changer\n")
                        .replace("organisation:\n", "organisation:   # établissement\n")
                + "# fin du questionnaire\n";
        assertThat(authored).isNotEqualTo(sample);
        return authored.getBytes(StandardCharsets.UTF_8);
    }

    /** The sample written as JSON, two-space indented, keys in the sample's order. */
    private static byte[] authoredJson() throws IOException {
        JsonNode tree = new YAMLMapper().readTree(SAMPLE.toFile());
        return (new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One generated file, the others of the sample left out (a PDF takes seconds). */
    private Path generated(String name) {
        Path out = dir.resolve("generated");
        String format = name.substring(name.lastIndexOf('.') + 1);
        assertThat(CommandLineRun.of("generate", "--out", out.toString(), "--format", format, SAMPLE.toString()).exitCode())
                .isZero();
        return out.resolve(name);
    }

    private static void assertSameFiles(Path first, Path second, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(first)) {
            files = listing.sorted().toList();
        }
        assertThat(files).hasSize(count);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file.getFileName()))).as(file.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    /** What a word processor that drops unknown parts and custom properties leaves (the rest kept). */
    private static byte[] withoutQuestionnaire(byte[] docx) throws IOException {
        return editPackage(docx, document -> {
            document.getProperties().getCustomProperties().getUnderlyingProperties().setPropertyArray(new CTProperty[0]);
        });
    }

    private static byte[] editProperties(byte[] docx, java.util.function.Consumer<List<CTProperty>> edit) throws IOException {
        return editPackage(docx, document -> {
            var underlying = document.getProperties().getCustomProperties().getUnderlyingProperties();
            List<CTProperty> properties = new java.util.ArrayList<>(List.of(underlying.getPropertyArray()));
            edit.accept(properties);
            underlying.setPropertyArray(properties.stream().map(p -> (CTProperty) p.copy()).toArray(CTProperty[]::new));
        });
    }

    /** Reopens the file, removes the questionnaire part as LibreOffice does, applies {@code edit}, saves. */
    private static byte[] editPackage(byte[] docx, java.util.function.Consumer<XWPFDocument> edit) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            OPCPackage opc = document.getPackage();
            opc.removeRelationship("rIdCharteIaSource");
            try {
                opc.removePart(PackagingURIHelper.createPartName("/charte-ia/questionnaire.yaml"));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            edit.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String customProperty(byte[] docx, String name) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getProperties().getCustomProperties().getProperty(name).getLpwstr();
        }
    }

    /** A Word file made by another program (Apache POI, here). */
    private static byte[] foreignDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Compte rendu de réunion");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    /** What re-saving with a program that drops attachments leaves: the pages and the document information. */
    private static byte[] withoutAttachments(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            pdf.getDocumentCatalog().getNames().setEmbeddedFiles(null);
            pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.getPDFName("AF"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** The attached questionnaire's compressed stream cut to half its length. */
    private static byte[] withAttachmentCutShort(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            PDComplexFileSpecification spec = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("questionnaire.yaml");
            COSStream stream = spec.getEmbeddedFile().getCOSObject();
            byte[] raw;
            try (var in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            try (var out = stream.createRawOutputStream()) {
                out.write(raw, 0, raw.length / 2);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF with nothing of charte-ia, as a « print to PDF » of any document gives. */
    private static byte[] foreignPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentInformation().setProducer("Microsoft: Print To PDF");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}

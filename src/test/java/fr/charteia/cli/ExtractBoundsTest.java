package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs built to hurt {@code extract}: a name tree that loops, an attachment that inflates without
 * end, an attachment that is not a questionnaire, a password. Each gets one French paragraph and
 * exit code 2, and nothing is written, neither to the file asked for nor to standard output.
 */
class ExtractBoundsTest {

    private static final String QUESTIONNAIRE = "schema: charte-ia/1\norganisation:\n  name: Centre hospitalier\n";

    @TempDir
    Path dir;

    // --- Name trees that never end ---------------------------------------------------------------

    @Test
    void aNameTreeThatIsItsOwnKidIsSaidToBeDamagedInsteadOfHanging() throws IOException {
        COSDictionary root = new COSDictionary();
        COSArray kids = new COSArray();
        kids.add(root);
        root.setItem(COSName.KIDS, kids);
        Path pdf = write("own-kid.pdf", pdf(document -> embeddedFiles(document, root)));

        assertDamaged(pdf);
    }

    @Test
    void aNameTreeWhoseKidsLoopBackIsSaidToBeDamaged() throws IOException {
        COSDictionary root = new COSDictionary();
        COSDictionary kid = new COSDictionary();
        COSArray rootKids = new COSArray();
        rootKids.add(kid);
        root.setItem(COSName.KIDS, rootKids);
        COSArray kidKids = new COSArray();
        kidKids.add(root);
        kid.setItem(COSName.KIDS, kidKids);
        Path pdf = write("loop.pdf", pdf(document -> embeddedFiles(document, root)));

        assertDamaged(pdf);
    }

    @Test
    void aNameTreeDeeperThanAnyWriterMakesIsSaidToBeDamaged() throws IOException {
        COSDictionary root = new COSDictionary();
        COSDictionary node = root;
        for (int i = 0; i < 100; i++) {
            COSDictionary kid = new COSDictionary();
            COSArray kids = new COSArray();
            kids.add(kid);
            node.setItem(COSName.KIDS, kids);
            node = kid;
        }
        Path pdf = write("deep.pdf", pdf(document -> embeddedFiles(document, root)));

        assertDamaged(pdf);
    }

    @Test
    void anAttachmentFoundUnderAKidOfTheTreeIsExtracted() throws IOException {
        Path pdf = write("kid.pdf", pdf(document -> {
            COSDictionary leaf = new COSDictionary();
            leaf.setItem(COSName.NAMES, names(attachment(document, "questionnaire.yaml", flate(utf8(QUESTIONNAIRE)), true)));
            COSDictionary root = new COSDictionary();
            COSArray kids = new COSArray();
            kids.add(leaf);
            root.setItem(COSName.KIDS, kids);
            embeddedFiles(document, root);
        }));

        CommandLineRun run = CommandLineRun.of("extract", pdf.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo(QUESTIONNAIRE);
    }

    // --- Attachments that inflate past any questionnaire --------------------------------------------

    @Test
    void anAttachmentThatInflatesPastTheQuestionnaireLimitIsRefusedWithoutBeingWritten() throws IOException {
        // 64 MiB of spaces squeeze into about 64 KB: reading stops at 2 MiB
        byte[] bomb = flate(new byte[64 * 1024 * 1024]);
        Path pdf = write("bomb.pdf", pdf(document -> embeddedFiles(document, leaf(attachment(document, "questionnaire.yaml", bomb, true)))));
        Path target = dir.resolve("q.yaml");

        CommandLineRun written = CommandLineRun.of("extract", pdf.toString(), "--out", target.toString());
        CommandLineRun printed = CommandLineRun.of("extract", pdf.toString());

        assertThat(bomb.length).isLessThan(1024 * 1024);
        String message = "Le questionnaire rangé dans " + pdf + " dépasse 2 Mio une fois décompressé, la taille limite d'un "
                + "questionnaire : ce n'est pas celui que charte-ia y a enregistré, et la lecture s'est arrêtée là. Rien n'a été "
                + "écrit. Reprenez une copie intacte du document produit par charte-ia.\n";
        assertThat(written.exitCode()).isEqualTo(2);
        assertThat(written.err()).isEqualTo(message);
        assertThat(target).doesNotExist();
        assertThat(printed.exitCode()).isEqualTo(2);
        assertThat(printed.out()).isEmpty();
        assertThat(printed.err()).isEqualTo(message);
    }

    @Test
    void anAttachmentEncodedInAWayCharteIaNeverWritesIsSaidToBeDamaged() throws IOException {
        Path pdf = write("lzw.pdf", pdf(document -> {
            COSDictionary spec = attachment(document, "questionnaire.yaml", utf8(QUESTIONNAIRE), false);
            spec.getCOSDictionary(COSName.EF).getCOSStream(COSName.F).setItem(COSName.FILTER, COSName.LZW_DECODE);
            embeddedFiles(document, leaf(spec));
        }));

        assertDamaged(pdf);
    }

    // --- Attachments that are not questionnaires ---------------------------------------------------

    @Test
    void aBinaryAttachmentIsNotWrittenAsIfItWereAQuestionnaire() throws IOException {
        byte[] binary = new byte[4096];
        new Random(13).nextBytes(binary);
        binary[0] = (byte) 0xC3;
        binary[1] = (byte) 0x28;
        Path pdf = write("binary.pdf", withQuestionnaire("questionnaire.yaml", binary));
        Path target = dir.resolve("q.yaml");

        CommandLineRun written = CommandLineRun.of("extract", pdf.toString(), "--out", target.toString());
        CommandLineRun printed = CommandLineRun.of("extract", pdf.toString());

        String message = "Le fichier questionnaire.yaml joint à " + pdf + " n'est pas un questionnaire charte-ia : ce n'est pas "
                + "du texte UTF-8 (contenu binaire ou autre encodage). Il a été abîmé ou remplacé par un autre programme, et rien "
                + "n'a été écrit. Reprenez une copie intacte du document produit par charte-ia, ou le questionnaire d'origine.\n";
        assertThat(written.exitCode()).isEqualTo(2);
        assertThat(written.err()).isEqualTo(message);
        assertThat(target).doesNotExist();
        assertThat(printed.exitCode()).isEqualTo(2);
        assertThat(printed.out()).isEmpty();
        assertThat(printed.err()).isEqualTo(message);
    }

    @Test
    void anAttachmentOfAnotherSchemaOrWithoutSchemaOrNotYamlIsRefused() throws IOException {
        Path other = write("other.pdf", withQuestionnaire("questionnaire.yaml", utf8("schema: autre-outil/3\nnom: x\n")));
        Path none = write("none.pdf", withQuestionnaire("questionnaire.yaml", utf8("organisation:\n  name: Centre\n")));
        Path broken = write("broken.pdf", withQuestionnaire("questionnaire.json", utf8("{\"schema\": \"charte-ia/1\", ")));

        CommandLineRun otherRun = CommandLineRun.of("extract", other.toString());
        CommandLineRun noneRun = CommandLineRun.of("extract", none.toString());
        CommandLineRun brokenRun = CommandLineRun.of("extract", broken.toString());

        assertThat(otherRun.exitCode()).isEqualTo(2);
        assertThat(otherRun.out()).isEmpty();
        assertThat(otherRun.err()).startsWith("Le fichier questionnaire.yaml joint à " + other + " n'est pas un questionnaire "
                + "charte-ia : il déclare un autre format que schema: charte-ia/1. Il a été abîmé");
        assertThat(noneRun.exitCode()).isEqualTo(2);
        assertThat(noneRun.err()).startsWith("Le fichier questionnaire.yaml joint à " + none + " n'est pas un questionnaire "
                + "charte-ia : il ne déclare pas schema: charte-ia/1. Il a été abîmé");
        assertThat(brokenRun.exitCode()).isEqualTo(2);
        assertThat(brokenRun.err()).startsWith("Le fichier questionnaire.json joint à " + broken + " n'est pas un questionnaire "
                + "charte-ia : ce n'est pas du JSON lisible. Il a été abîmé");
    }

    @Test
    void aQuestionnaireWithValidationFindingsIsStillExtractedForValidateToJudge() throws IOException {
        // loadable, but far from valid: extract recovers the source, validate says what to fix
        Path pdf = write("findings.pdf", withQuestionnaire("questionnaire.yaml", utf8(QUESTIONNAIRE)));
        Path target = dir.resolve("q.yaml");

        CommandLineRun run = CommandLineRun.of("extract", pdf.toString(), "--out", target.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(target)).isEqualTo(QUESTIONNAIRE);
        assertThat(CommandLineRun.of("validate", target.toString()).exitCode()).isEqualTo(1);
    }

    // --- Files that do not open ----------------------------------------------------------------------

    @Test
    void aPasswordProtectedPdfIsSaidToBeProtected() throws IOException {
        Path pdf = write("protected.pdf", pdf(document -> {
            embeddedFiles(document, leaf(attachment(document, "questionnaire.yaml", flate(utf8(QUESTIONNAIRE)), true)));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "lecteur", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        }));

        CommandLineRun run = CommandLineRun.of("extract", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Le PDF " + pdf + " est protégé par mot de passe : son questionnaire joint ne peut pas "
                + "être lu, et rien n'a été écrit. charte-ia ne protège jamais ses PDF : reprenez le PDF ou le fichier Word tel "
                + "que charte-ia l'a produit, ou retirez la protection avec le programme qui l'a posée (sans « imprimer en PDF », "
                + "qui supprime les pièces jointes).\n");
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfGetsAFrenchMessage() throws IOException {
        byte[] whole = withQuestionnaire("questionnaire.yaml", flate(utf8(QUESTIONNAIRE)));
        Path header = write("header.pdf", utf8("%PDF-1.7\n%%EOF\n"));
        Path cut = write("cut.pdf", Arrays.copyOf(whole, 40));

        for (Path pdf : new Path[] {header, cut}) {
            CommandLineRun run = CommandLineRun.of("extract", pdf.toString());

            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("Le fichier " + pdf + " commence comme un PDF mais ne se lit pas : il est abîmé "
                    + "(tronqué pendant une copie ou un envoi) ou ce n'est pas un vrai PDF. Rien n'a été écrit. Reprenez une "
                    + "copie intacte du document produit par charte-ia.\n");
        }
    }

    @Test
    void aWordFileClaimingTwoBillionPiecesIsSaidToBeIncompleteWithoutCountingThemOneByOne() throws IOException {
        Path docx = dir.resolve("pieces.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Charte");
            var custom = document.getProperties().getCustomProperties();
            custom.addProperty("charte-ia.questionnaire", "questionnaire.yaml");
            custom.addProperty("charte-ia.questionnaire.parts", "2000000000");
            custom.addProperty("charte-ia.questionnaire.0001", "AAAA");
            try (OutputStream out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }

        CommandLineRun run = CommandLineRun.of("extract", docx.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Le questionnaire rangé dans " + docx + " est incomplet (morceaux retrouvés : 1 sur "
                + "2000000000). Le fichier a été abîmé ou modifié par un autre programme : reprenez une copie intacte du "
                + "document produit par charte-ia.\n");
    }

    // --- Helpers ---------------------------------------------------------------------------------------

    private void assertDamaged(Path pdf) {
        Path target = dir.resolve("q.yaml");

        CommandLineRun run = CommandLineRun.of("extract", pdf.toString(), "--out", target.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Le questionnaire rangé dans " + pdf + " est abîmé : il ne correspond plus à ce que "
                + "charte-ia y a enregistré (fichier tronqué ou modifié par un autre programme). Reprenez une copie intacte "
                + "du document produit par charte-ia.\n");
        assertThat(target).doesNotExist();
    }

    private interface Setup {
        void apply(PDDocument document) throws IOException;
    }

    /** A one-page PDF, set up by {@code setup}, saved. */
    private static byte[] pdf(Setup setup) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            setup.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose one attachment, {@code name}, holds {@code content} compressed as charte-ia stores it. */
    private static byte[] withQuestionnaire(String name, byte[] content) throws IOException {
        return pdf(document -> embeddedFiles(document, leaf(attachment(document, name, flate(content), true))));
    }

    private static void embeddedFiles(PDDocument document, COSDictionary root) {
        COSDictionary names = new COSDictionary();
        names.setItem(COSName.EMBEDDED_FILES, root);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
    }

    private static COSDictionary leaf(COSDictionary spec) {
        COSDictionary leaf = new COSDictionary();
        leaf.setItem(COSName.NAMES, names(spec));
        return leaf;
    }

    private static COSArray names(COSDictionary spec) {
        COSArray names = new COSArray();
        names.add(new COSString(spec.getString(COSName.F)));
        names.add(spec);
        return names;
    }

    /** A file specification whose stream holds {@code raw} as stored (already compressed when {@code flate}). */
    private static COSDictionary attachment(PDDocument document, String name, byte[] raw, boolean flate) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(raw);
        }
        stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        if (flate) {
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        }
        COSDictionary files = new COSDictionary();
        files.setItem(COSName.F, stream);
        COSDictionary spec = new COSDictionary();
        spec.setItem(COSName.TYPE, COSName.FILESPEC);
        spec.setString(COSName.F, name);
        spec.setItem(COSName.EF, files);
        return spec;
    }

    private static byte[] flate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflate.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}

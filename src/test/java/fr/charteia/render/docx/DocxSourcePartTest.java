package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceLookup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/** How the questionnaire is stored in the Word file: custom properties that office suites keep, and a part. */
class DocxSourcePartTest {

    private static final byte[] YAML = """
            # Relu en réunion de service.
            schema: charte-ia/1   # ne pas changer
            organisation: { name: 'CH de Valmont' }
            """.getBytes(StandardCharsets.UTF_8);

    private final DocxWriter writer = new DocxWriter(Optional.empty());

    @Test
    void theQuestionnaireIsStoredInNumberedTextPropertiesOfAtMost255CharactersWithItsCountNameAndFingerprint()
            throws Exception {
        byte[] large = randomText(20_000);
        byte[] docx = writer.write(DocxSamples.conventions(), Optional.of(SourceAttachment.yaml(large)));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var custom = document.getProperties().getCustomProperties();
            int parts = Integer.parseInt(custom.getProperty("charte-ia.questionnaire.parts").getLpwstr());
            StringBuilder base64 = new StringBuilder();
            List<Integer> lengths = new ArrayList<>();
            for (int i = 1; i <= parts; i++) {
                CTProperty piece = custom.getProperty(String.format("charte-ia.questionnaire.%04d", i));
                assertThat(piece.isSetLpwstr()).isTrue();
                lengths.add(piece.getLpwstr().length());
                base64.append(piece.getLpwstr());
            }

            assertThat(custom.getProperty("charte-ia.questionnaire").getLpwstr()).isEqualTo("questionnaire.yaml");
            assertThat(custom.getProperty("charte-ia.questionnaire.sha256").getLpwstr()).isEqualTo(DocxSourcePart.sha256(large))
                    .hasSize(64);
            assertThat(parts).isGreaterThan(10);
            assertThat(lengths.subList(0, parts - 1)).allMatch(length -> length == 255);
            assertThat(lengths.get(parts - 1)).isBetween(1, 255);
            assertThat(custom.getProperty(String.format("charte-ia.questionnaire.%04d", parts + 1))).isNull();
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64.toString())))) {
                assertThat(gzip.readAllBytes()).isEqualTo(large);
            }
        }
        assertThat(DocxSourcePart.find(docx).source()).hasValueSatisfying(source -> assertThat(source.bytes()).isEqualTo(large));
    }

    @Test
    void aJsonQuestionnaireIsStoredUnderAJsonNameAndMediaType() throws Exception {
        byte[] json = "{\n  \"schema\": \"charte-ia/1\"\n}\n".getBytes(StandardCharsets.UTF_8);
        byte[] docx = writer.write(DocxSamples.conventions(), Optional.of(SourceAttachment.json(json)));

        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart part = opc.getPart(PackagingURIHelper.createPartName("/charte-ia/questionnaire.json"));
            assertThat(part.getContentType()).isEqualTo("application/json");
            try (var in = part.getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(json);
            }
        }
        SourceLookup lookup = DocxSourcePart.find(docx);
        assertThat(lookup.outcome()).isEqualTo(SourceLookup.Outcome.FOUND);
        assertThat(lookup.source().orElseThrow().fileName()).isEqualTo("questionnaire.json");
        assertThat(lookup.source().orElseThrow().bytes()).isEqualTo(json);
    }

    @Test
    void withoutThePartTheQuestionnaireComesFromTheProperties() throws Exception {
        byte[] docx = withoutPart(writer.write(DocxSamples.conventions(), Optional.of(SourceAttachment.yaml(YAML))));

        SourceLookup lookup = DocxSourcePart.find(docx);

        assertThat(lookup.outcome()).isEqualTo(SourceLookup.Outcome.FOUND);
        assertThat(lookup.source().orElseThrow().bytes()).isEqualTo(YAML);
    }

    @Test
    void aDocumentWrittenWithoutQuestionnaireStillNamesCharteIaAsItsMaker() throws Exception {
        byte[] docx = writer.write(DocxSamples.conventions());

        assertThat(DocxSourcePart.find(docx)).isEqualTo(SourceLookup.dropped());
    }

    @Test
    void theSameQuestionnaireGivesTheSameBytes() throws Exception {
        byte[] first = writer.write(DocxSamples.conventions(), Optional.of(SourceAttachment.yaml(YAML)));
        byte[] second = writer.write(DocxSamples.conventions(), Optional.of(SourceAttachment.yaml(YAML)));

        assertThat(second).isEqualTo(first);
    }

    private static byte[] withoutPart(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            document.getPackage().removeRelationship("rIdCharteIaSource");
            document.getPackage().removePart(PackagingURIHelper.createPartName("/charte-ia/questionnaire.yaml"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Text that compresses poorly, so the questionnaire takes many pieces. */
    private static byte[] randomText(int length) {
        Random random = new Random(8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

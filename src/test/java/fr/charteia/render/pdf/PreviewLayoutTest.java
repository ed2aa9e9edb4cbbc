package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.SampleDocuments;
import fr.charteia.compose.ComposedDocument;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The preview is the XHTML the PDF writer lays out, the sheet at the tightening its PDF gets. */
class PreviewLayoutTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");

    @Test
    void toolkitPreviewIsWhatThePdfWriterLaysOutForEverySample() throws IOException {
        for (String sample : List.of("urgences-adultes", "pharmacie-pui", "paediatrics-en")) {
            CheckedQuestionnaire checked = SampleDocuments.checked(Path.of("samples", sample + ".yaml"));
            for (DocumentKind kind : DocumentKind.values()) {
                ComposedDocument composed = SampleDocuments.toolkit().compose(checked, kind);
                DocumentTree tree = new DocumentParser().parse(composed.markdown(), composed.meta());

                assertThat(SampleDocuments.toolkit().preview(checked, kind)).as(sample + " " + kind)
                        .isEqualTo(laidOutByWrite(tree));
            }
        }
    }

    @Test
    void aLongSheetIsPreviewedAtTheTighteningOfItsPdf() throws IOException {
        for (int extra : List.of(12, 120)) {
            DocumentTree tree = longer(extra);
            AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
            new PdfWriter(Optional.empty(), rendering::set).write(tree, Optional.empty());

            XhtmlDocument preview = new PdfWriter(Optional.empty()).laidOut(tree);

            assertThat(preview.tightening()).isPositive().isEqualTo(rendering.get().tightening());
            assertThat(preview.xhtml()).isEqualTo(rendering.get().xhtml());
        }
    }

    private static String laidOutByWrite(DocumentTree tree) throws IOException {
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        new PdfWriter(Optional.empty(), rendering::set).write(tree, Optional.of(SourceAttachment.yaml(new byte[] {'a'})));
        return rendering.get().xhtml();
    }

    /** The sample's sheet with {@code extra} more lines at the end. */
    private static DocumentTree longer(int extra) {
        StringBuilder markdown = new StringBuilder(PdfSamples.markdown(SAMPLE, DocumentKind.SHEET)).append('\n');
        for (int i = 0; i < extra; i++) {
            markdown.append("- Ligne ajoutée numéro ").append(i).append(" pour allonger la fiche de bonnes pratiques.\n");
        }
        DocumentMeta meta = PdfSamples.tree(SAMPLE, DocumentKind.SHEET).meta();
        return PdfSamples.tree(markdown.toString(), meta);
    }
}

package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import fr.charteia.compose.MarkdownEscaper;
import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/**
 * Nothing leaves the machine: while rendering, the layout engine loads nothing but the logo. A web
 * address, a file path or markup in the text is printed, never fetched nor interpreted.
 */
class PdfResourceSafetyTest {

    private static final List<String> HOSTILE = List.of(
            "![x](file:///etc/passwd)",
            "<img src=\"http://example.org/track.png\">",
            "[a](javascript:alert(1))",
            "<link rel=\"stylesheet\" href=\"https://example.org/x.css\">",
            "</p><script>alert(1)</script><p>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
            "url(file:///etc/passwd) @import 'http://example.org/a.css';");

    @Test
    void hostileUserTextPrintsAsTextAndFetchesNothing() throws IOException {
        StringBuilder markdown = new StringBuilder("# Titre\n\n");
        for (String value : HOSTILE) {
            markdown.append(MarkdownEscaper.escape(value)).append("\n\n");
        }
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        byte[] bytes = new PdfWriter(Optional.empty(), rendering::set)
                .write(PdfSamples.tree(markdown.toString(), DocumentFixtures.charterMeta()));

        assertThat(rendering.get().requests()).isEmpty();
        assertThat(rendering.get().refusals()).isEmpty();
        assertThat(rendering.get().xhtml()).doesNotContain("<img", "<script", "<link", "<!ENTITY", "<a ")
                .contains("&lt;img src=", "&lt;/p&gt;&lt;script&gt;");
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            String text = PdfSamplesTest.flat(pdf.text());
            assertThat(HOSTILE).allSatisfy(value -> assertThat(text).contains(value));
            assertThat(annotations(pdf)).isEmpty();
            assertThat(images(pdf)).isEmpty();
        }
    }

    /** What a template could write: an image prints its description, only web and mail links are links. */
    @Test
    void markdownImagesAndLinksFetchNothingAndOnlyWebLinksAreClickable() throws IOException {
        String markdown = "# Titre\n\nVoir ![le schéma](file:///etc/passwd) et [la page](javascript:alert(1)), "
                + "[le site](https://example.org/page) et <https://example.org/auto>, "
                + "![pixel](http://example.org/pixel.png).\n";
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        byte[] bytes = new PdfWriter(Optional.empty(), rendering::set)
                .write(PdfSamples.tree(markdown, DocumentFixtures.charterMeta()));

        assertThat(rendering.get().requests()).isEmpty();
        assertThat(rendering.get().refusals()).isEmpty();
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            assertThat(PdfSamplesTest.flat(pdf.pageByPosition(1))).contains("Voir le schéma et la page, le site et "
                    + "https://example.org/auto, pixel.");
            assertThat(images(pdf)).isEmpty();
            List<String> uris = new ArrayList<>();
            for (PDAnnotation annotation : annotations(pdf)) {
                assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                PDAnnotationLink link = (PDAnnotationLink) annotation;
                uris.add(((PDActionURI) link.getAction()).getURI());
                assertThat(link.getContents()).as("description of the link for assistive technology").isNotBlank();
            }
            assertThat(uris).containsExactly("https://example.org/page", "https://example.org/auto");
            assertThat(VeraPdf.failures(bytes, VeraPdf.PDF_UA)).isEmpty();
            assertThat(VeraPdf.failures(bytes, VeraPdf.PDF_A)).isEmpty();
        }
    }

    @Test
    void theLogoIsTheOnlyResourceLoadedAndItTravelsInsideTheDocument() throws IOException {
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        DocumentTree tree = PdfSamples.tree(DocumentFixtures.conventionsMarkdown(),
                PdfSamples.withLogo(DocumentFixtures.charterMeta()));
        byte[] bytes = new PdfWriter(Optional.empty(), rendering::set).write(tree);

        assertThat(rendering.get().requests()).isNotEmpty()
                .allMatch(request -> request.startsWith("IMAGE_RASTER data:image/png;base64,"));
        assertThat(rendering.get().refusals()).isEmpty();
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            assertThat(images(pdf)).hasSize(pdf.pages());
            assertThat(images(pdf)).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(300));
        }
    }

    @Test
    void theGuardRefusesEveryAddressButTheLogo() {
        ResourceGuard guard = new ResourceGuard(Optional.of("data:image/png;base64,AAAA"), new byte[] {1, 2, 3});
        assertThat(guard.test("data:image/png;base64,AAAA", ExternalResourceType.IMAGE_RASTER)).isTrue();
        assertThat(guard.resolveURI(null, "data:image/png;base64,AAAA")).isEqualTo("data:image/png;base64,AAAA");
        assertThat(guard.getUrl("data:image/png;base64,AAAA").getStream()).isNotNull();

        assertThat(guard.test("data:image/png;base64,AAAA", ExternalResourceType.CSS)).isFalse();
        assertThat(guard.test("file:///etc/passwd", ExternalResourceType.IMAGE_RASTER)).isFalse();
        assertThat(guard.test("http://example.org/x.css", ExternalResourceType.CSS)).isFalse();
        assertThat(guard.test("jar:file:/x.jar!/a.ttf", ExternalResourceType.FONT)).isFalse();
        assertThat(guard.resolveURI(null, "https://example.org/")).isNull();
        assertThat(guard.resolveURI("file:///", "etc/passwd")).isNull();
        assertThat(guard.getUrl("file:///etc/passwd").getStream()).isNull();
        assertThat(guard.getUrl("http://example.org/").getReader()).isNull();
        assertThat(guard.refusals()).containsExactly(
                "CSS data:image/png;base64,AAAA",
                "IMAGE_RASTER file:///etc/passwd",
                "CSS http://example.org/x.css",
                "FONT jar:file:/x.jar!/a.ttf",
                "resolve https://example.org/",
                "resolve etc/passwd",
                "open file:///etc/passwd",
                "open http://example.org/");

        ResourceGuard withoutLogo = new ResourceGuard(Optional.empty(), new byte[0]);
        assertThat(withoutLogo.test("data:image/png;base64,AAAA", ExternalResourceType.IMAGE_RASTER)).isFalse();
    }

    private static List<PDAnnotation> annotations(WrittenPdf pdf) {
        List<PDAnnotation> annotations = new ArrayList<>();
        try {
            for (PDPage page : pdf.document.getPages()) {
                annotations.addAll(page.getAnnotations());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return annotations;
    }

    /** The images drawn on each page, one entry per page that draws one. */
    private static List<PDImageXObject> images(WrittenPdf pdf) {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.document.getPages()) {
            collect(page.getResources(), images);
        }
        return images;
    }

    private static void collect(PDResources resources, List<PDImageXObject> images) {
        if (resources == null) {
            return;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                } else if (object instanceof PDFormXObject form) {
                    collect(form.getResources(), images);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

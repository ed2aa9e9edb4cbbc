package fr.charteia.render.pdf;

import fr.charteia.SampleDocuments;
import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.Logo;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Questionnaire;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Trees for the PDF writer's tests: the samples as the toolkit composes them, and the conventions fixture. */
final class PdfSamples {

    static final Path SAMPLES = Path.of("samples");
    static final String LOGO_DESCRIPTION = "Logo du Centre hospitalier de Valmont";

    private PdfSamples() {
    }

    /** The valid sample questionnaires: samples/*.yaml. */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire questionnaire(Path file) {
        return SampleDocuments.checked(file).questionnaire().orElseThrow();
    }

    static DocumentTree tree(Path file, DocumentKind kind) {
        return SampleDocuments.tree(file, kind);
    }

    static String markdown(Path file, DocumentKind kind) {
        return SampleDocuments.composed(file, kind).markdown();
    }

    static DocumentTree conventions() {
        return tree(DocumentFixtures.conventionsMarkdown(), DocumentFixtures.charterMeta());
    }

    static DocumentTree tree(String markdown, DocumentMeta meta) {
        return new DocumentParser().parse(markdown, meta);
    }

    static DocumentMeta withLogo(DocumentMeta m) {
        return copy(m, m.kind(), Optional.of(logo(300, 120)));
    }

    static DocumentMeta asSheet(DocumentMeta m) {
        return copy(m, DocumentKind.SHEET, m.logo());
    }

    /** A PNG drawn in memory: a blue band with a white cross. */
    static Logo logo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1F, 0x38, 0x64));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(height / 3, height * 5 / 12, height / 2, height / 6);
        graphics.fillRect(height / 2, height / 4, height / 6, height / 2);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(png.toByteArray(), Logo.Format.PNG, width, height, LOGO_DESCRIPTION);
    }

    static DocumentMeta withOrganisation(DocumentMeta m, String organisation) {
        return new DocumentMeta(m.kind(), m.language(), m.documentType(), m.title(), m.subject(), m.keywords(),
                organisation, m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), m.logo(), m.labels());
    }

    static DocumentMeta inLanguage(DocumentMeta m, DocumentLanguage language) {
        return new DocumentMeta(m.kind(), language, m.documentType(), m.title(), m.subject(), m.keywords(),
                m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), m.logo(), m.labels());
    }

    static DocumentMeta copy(DocumentMeta m, DocumentKind kind, Optional<Logo> logo) {
        return new DocumentMeta(kind, m.language(), m.documentType(), m.title(), m.subject(), m.keywords(),
                m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), logo, m.labels());
    }
}

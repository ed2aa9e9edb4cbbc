package fr.charteia.render.docx;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.Logo;
import fr.charteia.model.DocumentLanguage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Trees and identities for the writer's tests, built on the document package's fixtures. */
final class DocxSamples {

    static final String LOGO_DESCRIPTION = "Logo du Centre hospitalier de Valmont";

    private DocxSamples() {
    }

    static DocumentTree conventions() {
        return tree(DocumentFixtures.conventionsMarkdown(), DocumentFixtures.charterMeta());
    }

    static DocumentTree tree(String markdown, DocumentMeta meta) {
        return new DocumentParser().parse(markdown, meta);
    }

    static DocumentMeta withLogo(DocumentMeta meta) {
        return withLogo(meta, logo());
    }

    static DocumentMeta withLogo(DocumentMeta meta, Logo logo) {
        return copy(meta, meta.kind(), Optional.of(logo));
    }

    static DocumentMeta asSheet(DocumentMeta meta) {
        return copy(meta, DocumentKind.SHEET, meta.logo());
    }

    static DocumentMeta inLanguage(DocumentMeta m, DocumentLanguage language) {
        return new DocumentMeta(m.kind(), language, m.documentType(), m.title(), m.subject(), m.keywords(),
                m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), m.logo(), m.labels());
    }

    static DocumentMeta withOrganisation(DocumentMeta m, String organisation) {
        return new DocumentMeta(m.kind(), m.language(), m.documentType(), m.title(), m.subject(), m.keywords(),
                organisation, m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), m.logo(), m.labels());
    }

    /** A 300 × 120 PNG: a blue band with a white cross, drawn in memory. */
    static Logo logo() {
        return logo(300, 120);
    }

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

    private static DocumentMeta copy(DocumentMeta m, DocumentKind kind, Optional<Logo> logo) {
        return new DocumentMeta(kind, m.language(), m.documentType(), m.title(), m.subject(), List.copyOf(m.keywords()),
                m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(), m.reviewDate(),
                m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                m.distribution(), m.parentReference(), logo, m.labels());
    }
}

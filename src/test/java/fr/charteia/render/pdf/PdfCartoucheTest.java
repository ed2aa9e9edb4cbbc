package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The cartouche's texts get the typography of the body, as in the Word file. */
class PdfCartoucheTest {

    @Test
    void theDistributionListGetsTheFrenchTypographyOfTheBody() throws IOException {
        byte[] bytes = new PdfWriter(Optional.empty())
                .write(PdfSamples.tree(Path.of("samples/urgences-adultes.yaml"), DocumentKind.CHARTER));
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page = stripper.getText(pdf.document).replaceAll("\\s*\\R\\s*", " ");
            assertThat(page).contains("Diffusion Tous les personnels médicaux et paramédicaux du SAU\u202F; "
                    + "Secrétariat et accueil administratif des urgences\u202F; Étudiants accueillis en stage");
        }
    }

    @Test
    void anEnglishDistributionListKeepsEnglishPunctuation() throws IOException {
        byte[] bytes = new PdfWriter(Optional.empty())
                .write(PdfSamples.tree(Path.of("samples/paediatrics-en.yaml"), DocumentKind.CHARTER));
        try (WrittenPdf pdf = new WrittenPdf(bytes)) {
            assertThat(PdfSamplesTest.flat(pdf.page(1))).contains("Distribution All medical and nursing staff of the "
                    + "paediatric ward, day hospital and clinics; Paediatric secretariat; Quality and risk management unit");
        }
    }
}

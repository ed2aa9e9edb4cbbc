package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.document.SourceDateEpoch;
import java.time.Instant;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.junit.jupiter.api.Test;

/** Title, author, keywords, language and fixed dates, as a document management system reads them. */
class DocxPropertiesTest {

    private static final Instant EFFECTIVE_DATE = Instant.parse("2027-01-04T00:00:00Z");

    @Test
    void corePropertiesDescribeTheDocument() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Charte d'usage de l'IA générative — Urgences adultes (SAU)");
            assertThat(core.getSubject()).isEqualTo("Règles d'usage de l'IA générative du service Urgences adultes (SAU)");
            assertThat(core.getCreator()).isEqualTo("Centre hospitalier de Valmont");
            assertThat(core.getKeywords()).isEqualTo("IA générative; charte; RGPD; Urgences adultes (SAU)");
            assertThat(core.getIdentifier()).isEqualTo("QUA-IA-URG-001");
            assertThat(core.getVersion()).isEqualTo("1.0");
            assertThat(core.getLastModifiedByUser()).isEqualTo("charte-ia");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr-FR");
            assertThat(docx.part("docProps/core.xml")).contains("<dc:language>fr-FR</dc:language>");
        }
    }

    @Test
    void filesAreDatedAtTheEffectiveDate() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(EFFECTIVE_DATE);
            assertThat(core.getModified().toInstant()).isEqualTo(EFFECTIVE_DATE);
            assertThat(core.getLastPrinted()).isNull();
        }
    }

    @Test
    void aSourceDateEpochOverridesTheDate() throws Exception {
        Instant epoch = Instant.parse("2026-09-15T08:30:00Z");
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions(), Optional.of(epoch))) {
            POIXMLProperties.CoreProperties core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(epoch);
            assertThat(core.getModified().toInstant()).isEqualTo(epoch);
        }
    }

    @Test
    void sourceDateEpochIsReadAsSecondsSinceNineteenSeventy() {
        assertThat(SourceDateEpoch.parse("1790000000")).contains(Instant.ofEpochSecond(1_790_000_000L));
        assertThat(SourceDateEpoch.parse(" 0 ")).contains(Instant.EPOCH);
        assertThat(SourceDateEpoch.parse(null)).isEmpty();
        assertThat(SourceDateEpoch.parse("")).isEmpty();
        assertThatThrownBy(() -> SourceDateEpoch.parse("hier"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC, not \"hier\"");
    }

    @Test
    void applicationIsCharteIa() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            POIXMLProperties.ExtendedProperties extended = docx.document.getProperties().getExtendedProperties();
            assertThat(extended.getApplication()).isEqualTo("charte-ia");
            assertThat(extended.getCompany()).isEqualTo("Centre hospitalier de Valmont");
        }
    }
}

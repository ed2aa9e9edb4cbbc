package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Status cells stay apart once photocopied in black and white: the fills of authorised,
 * conditional and forbidden cells differ clearly in relative luminance (WCAG 2 formula), black
 * text reads on each, and the PDF's stylesheet uses the same fills as the Word file.
 */
class StatusFillsTest {

    /** The least difference of relative luminance between two statuses' fills. */
    private static final double DISTINCT = 0.15;
    /** WCAG 2 AA contrast for normal text. */
    private static final double READABLE = 4.5;
    private static final List<Status> DISTINCT_STATUSES = List.of(Status.AUTHORISED, Status.CONDITIONAL, Status.FORBIDDEN);

    @Test
    void theFillsOfTheThreeStatusesDifferClearlyInGrey() {
        for (Status a : DISTINCT_STATUSES) {
            for (Status b : DISTINCT_STATUSES) {
                if (a != b) {
                    double difference = Math.abs(luminance(DocxPalette.fill(a)) - luminance(DocxPalette.fill(b)));
                    assertThat(difference).as("%s against %s", a, b).isGreaterThanOrEqualTo(DISTINCT);
                }
            }
        }
        assertThat(DocxPalette.fill(Status.UNADDRESSED)).as("not provided for prints as forbidden")
                .isEqualTo(DocxPalette.fill(Status.FORBIDDEN));
    }

    @Test
    void blackTextReadsOnEveryFill() {
        for (Status status : Status.values()) {
            double contrast = (luminance(DocxPalette.fill(status)) + 0.05) / (luminance("000000") + 0.05);
            assertThat(contrast).as("%s", status).isGreaterThanOrEqualTo(READABLE);
        }
    }

    @Test
    void thePdfStylesheetUsesTheSameFills() throws IOException {
        Map<Status, String> css = new EnumMap<>(Status.class);
        String stylesheet;
        try (InputStream in = StatusFillsTest.class.getResourceAsStream("/fr/charteia/render/pdf/print.css")) {
            stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rule = Pattern.compile("((?:td\\.status-[a-z]+,?\\s*)+)\\{\\s*background-color:\\s*#([0-9A-Fa-f]{6});")
                .matcher(stylesheet);
        while (rule.find()) {
            Matcher selector = Pattern.compile("td\\.status-([a-z]+)").matcher(rule.group(1));
            while (selector.find()) {
                css.put(Status.ofClass(selector.group(1)).orElseThrow(), rule.group(2).toUpperCase(java.util.Locale.ROOT));
            }
        }
        for (Status status : Status.values()) {
            assertThat(css.get(status)).as("%s", status).isEqualTo(DocxPalette.fill(status));
        }
    }

    @Test
    void theLuminanceFollowsTheWcagFormula() {
        assertThat(luminance("FFFFFF")).isEqualTo(1.0);
        assertThat(luminance("000000")).isZero();
        assertThat(luminance("808080")).isCloseTo(0.2159, org.assertj.core.api.Assertions.offset(0.0001));
    }

    /** Relative luminance of an sRGB colour, WCAG 2: 0 for black, 1 for white. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

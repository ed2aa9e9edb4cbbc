package fr.charteia.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference PDF/A and PDF/UA validator, for the tests. Its first validation loads the
 * rule profiles (about 2 s); later ones take some tens of milliseconds, so test classes share it.
 */
public final class VeraPdf {

    /** The flavours every PDF of the toolkit must pass; the PDF/A one matches what the XMP claims. */
    public static final PDFAFlavour PDF_A = PDFAFlavour.PDFA_3_A;
    public static final PDFAFlavour PDF_UA = PDFAFlavour.PDFUA_1;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The rules the file fails, each as « clause-test (n×): description », sorted; empty when it passes. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    messages.putIfAbsent(rule, assertion.getMessage() + " @ " + assertion.getLocationContext());
                }
            }
            if (counts.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, no failed assertion listed: " + result.getJobEndStatus());
            }
            return counts.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + "x): " + messages.get(e.getKey())).toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file as " + flavour + ": " + e, e);
        }
    }
}

package fr.charteia.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web copy of a document's XHTML (what the PDF writer lays out) and the policy it is served
 * under. The copy differs by a link to {@code preview.css}, which gives the browser the
 * PDF's fonts from the jar and shows the page on a grey desk; nothing of the PDF's XHTML changes.
 *
 * <p>The policy stays strict, without {@code unsafe-inline} nor {@code unsafe-hashes}: the inlined print
 * stylesheet is allowed by its hash; the column widths the writer sets in {@code style} attributes
 * (numbers of its own, never user text) move to a second style element, allowed by its hash too;
 * no script at all.
 */
record PreviewPage(String html, String contentSecurityPolicy) {

    static final String STYLESHEET_LINK = "<link rel=\"stylesheet\" href=\"" + PreviewAssets.PATH + "preview.css\"/>";

    private static final String STYLE_END = "</style>";
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[^>]*>([^<]*)</style>");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile(" style=\"([^\"]*)\"");
    /** Marks an element of the copy whose style attribute became a rule of the added style element. */
    static final String WIDTH_ATTRIBUTE = "data-preview-style";

    static PreviewPage of(String xhtml) {
        Matcher sheet = STYLE_ELEMENT.matcher(xhtml);
        if (!sheet.find()) {
            throw new IllegalStateException("the document has no print stylesheet");
        }
        // the column widths the writer sets in style attributes become rules of one more style
        // element, allowed by its hash like the print stylesheet: no inline style attribute is needed
        StringBuilder widths = new StringBuilder();
        StringBuilder body = new StringBuilder();
        Matcher attribute = STYLE_ATTRIBUTE.matcher(xhtml);
        int n = 0;
        while (attribute.find()) {
            n++;
            widths.append("[").append(WIDTH_ATTRIBUTE).append("=\"").append(n).append("\"]{")
                    .append(important(unescapeAttribute(attribute.group(1)))).append("}\n");
            attribute.appendReplacement(body, " " + WIDTH_ATTRIBUTE + "=\"" + n + "\"");
        }
        attribute.appendTail(body);
        String copy = body.toString();
        // the print stylesheet's element is the first to close: everything before it in the head is escaped text
        int end = copy.indexOf(STYLE_END) + STYLE_END.length();
        String added = STYLESHEET_LINK + (widths.length() == 0 ? "" : "<style>" + widths + "</style>");
        String html = copy.substring(0, end) + added + copy.substring(end);
        StringBuilder policy = new StringBuilder("default-src 'none'; style-src 'self' ").append(hash(sheet.group(1)));
        if (widths.length() > 0) {
            policy.append(' ').append(hash(widths.toString()));
        }
        policy.append("; img-src data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
        return new PreviewPage(html, policy.toString());
    }

    /** {@code width: 20%} as {@code width: 20% !important}, so the rule weighs what the attribute weighed. */
    private static String important(String declarations) {
        StringBuilder rules = new StringBuilder();
        for (String declaration : declarations.split(";")) {
            if (!declaration.isBlank()) {
                rules.append(declaration.strip()).append(" !important;");
            }
        }
        return rules.toString();
    }

    /** A short page in place of the preview (the draft has errors), under the same strict policy, without style. */
    static PreviewPage message(String lang, String title, String message) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
                + "</title></head><body><p>" + escape(message) + "</p></body></html>";
        return new PreviewPage(html, "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
    }

    /** The CSP source for {@code text}: its SHA-256, Base64. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String unescapeAttribute(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

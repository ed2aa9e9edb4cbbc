package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.MarkdownEscaper;
import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.model.DocumentLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The XHTML the PDF is laid out from, and a web preview can show: its structure, escaping and stylesheet. */
class XhtmlDocumentTest {

    private static final Path URGENCES = Path.of("samples/urgences-adultes.yaml");

    private final Document conventions = dom(PdfSamples.conventions());

    @Test
    void isWellFormedXhtmlInTheDocumentLanguageWithItsTitle() {
        Element html = conventions.getDocumentElement();
        assertThat(html.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(html.getAttribute("lang")).isEqualTo("fr-FR");
        assertThat(text(first("title"))).isEqualTo("Charte d'usage de l'IA générative — Urgences adultes (SAU)");
        assertThat(XhtmlDocument.of(PdfSamples.conventions()).xhtml()).startsWith("<!DOCTYPE html>\n<html ");
    }

    @Test
    void inlinesTheOnePrintStylesheet() {
        assertThat(elements("style")).hasSize(1);
        assertThat(text(first("style")).strip()).isEqualTo(XhtmlDocument.stylesheet(DocumentKind.CHARTER).strip());
        assertThat(XhtmlDocument.stylesheet(DocumentKind.CHARTER)).contains("@page", "-fs-table-paginate", "target-counter")
                .doesNotContain("<", "&");
        assertThat(XhtmlDocument.stylesheet(DocumentKind.SHEET)).startsWith(XhtmlDocument.stylesheet(DocumentKind.CHARTER))
                .contains("margin: 1.7cm 1cm 1.3cm 1cm").doesNotContain("<", "&");
        assertThat(elements("link")).isEmpty();
        assertThat(elements("script")).isEmpty();
    }

    @Test
    void startsTheBodyWithTheRunningHeaderAndFooter() {
        Element body = first("body");
        assertThat(body.getAttribute("class")).isEqualTo("charter");
        List<Element> children = children(body);
        assertThat(children.get(0).getAttribute("class")).isEqualTo("running-header");
        assertThat(text(children.get(0))).isEqualTo("Centre hospitalier de Valmont — Urgences adultes (SAU) — QUA-IA-URG-001");
        assertThat(children.get(1).getAttribute("class")).isEqualTo("running-footer");
        assertThat(text(children.get(1))).isEqualTo("Version 1.0 — Page  / ");
    }

    @Test
    void nestsABookmarkForEveryHeadingButTheTableOfContentsTitle() {
        List<String> bookmarks = new ArrayList<>();
        collectBookmarks(first("bookmarks"), 0, bookmarks);
        assertThat(bookmarks).containsExactly(
                "1. Objet et champ d'application #h-1",
                "  1.1 Rôles concernés #h-2",
                "    1.1.1 Matrice outils × données #h-3",
                "2. Engagement #h-4");
        assertThat(elements("h1")).extracting(XhtmlDocumentTest::text)
                .containsExactly("Sommaire", "1. Objet et champ d'application", "2. Engagement");
        assertThat(elements("h1").get(0).getAttribute("class")).isEqualTo("toc-title");
        assertThat(elements("h3").get(0).getAttribute("id")).isEqualTo("h-3");
    }

    @Test
    void listsTheSectionsInTheTableOfContentsWithLinksToTheirHeadings() {
        Element toc = elements("div").stream().filter(d -> d.getAttribute("class").equals("toc")).findFirst().orElseThrow();
        List<String> entries = new ArrayList<>();
        NodeList links = toc.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            entries.add(((Element) link.getParentNode()).getAttribute("class") + " " + link.getAttribute("href") + " "
                    + text(link) + " / " + link.getAttribute("title"));
        }
        assertThat(entries).containsExactly(
                "toc-1 #h-1 1. Objet et champ d'application / 1. Objet et champ d'application",
                "toc-1 #h-4 2. Engagement / 2. Engagement");
        assertThat(toc.getElementsByTagName("h1").getLength()).as("the template wrote its own title").isZero();
    }

    @Test
    void writesTheTableOfContentsTitleWhenTheTemplateDoesNot() {
        Document dom = dom(PdfSamples.tree("<!-- toc -->\n\n# Un\n\n## Deux\n", DocumentFixtures.charterMeta()));
        Element title = (Element) dom.getElementsByTagName("h1").item(0);
        assertThat(title.getAttribute("class")).isEqualTo("toc-title");
        assertThat(text(title)).isEqualTo("Sommaire");
    }

    @Test
    void leavesTheTableOfContentsOutOfTheSheet() {
        Document sheet = dom(PdfSamples.tree(DocumentFixtures.conventionsMarkdown(),
                PdfSamples.asSheet(DocumentFixtures.charterMeta())));
        assertThat(((Element) sheet.getElementsByTagName("body").item(0)).getAttribute("class")).isEqualTo("sheet");
        assertThat(sheet.getElementsByTagName("a").getLength()).isZero();
    }

    @Test
    void marksTableHeadersAndStatusCells() {
        List<Element> tables = elements("table");
        assertThat(tables).extracting(t -> t.getAttribute("class"))
                .containsExactly("cartouche", "matrix", "signatures");
        Element matrix = tables.get(1);
        assertThat(matrix.getElementsByTagName("col").getLength()).isEqualTo(4);
        Element head = (Element) matrix.getElementsByTagName("thead").item(0);
        assertThat(children(children(head).get(0))).allSatisfy(th -> {
            assertThat(th.getTagName()).isEqualTo("th");
            assertThat(th.getAttribute("scope")).isEqualTo("col");
        });
        Element firstRow = children((Element) matrix.getElementsByTagName("tbody").item(0)).get(0);
        List<Element> cells = children(firstRow);
        assertThat(cells.get(0).getTagName()).isEqualTo("th");
        assertThat(cells.get(0).getAttribute("scope")).isEqualTo("row");
        assertThat(cells.subList(1, 4)).extracting(c -> c.getAttribute("class") + " " + text(c)).containsExactly(
                "status status-forbidden Interdit",
                "status status-unaddressed Interdit*",
                "status status-authorised Autorisé");
        assertThat(cells.get(1).getElementsByTagName("strong").getLength()).isEqualTo(1);
        Element signatures = tables.get(2);
        assertThat(signatures.getElementsByTagName("tr").getLength()).isEqualTo(3);
        assertThat(signatures.getElementsByTagName("th").getLength()).isEqualTo(4);
    }

    @Test
    void drawsTheCartoucheFromTheIdentity() {
        Element cartouche = elements("table").get(0);
        String text = text(cartouche);
        assertThat(text).contains("Type de document", "Charte d'usage de l'IA générative", "Établissement",
                "Centre hospitalier de Valmont", "Pôle urgences – SAMU – SMUR", "QUA-IA-URG-001", "4 janvier 2027",
                "4 janvier 2028", "Hélène Garnier", "Cadre supérieure de santé", "Claire Morvan", "Dr Paul Lefèvre",
                "Date et signature", "Diffusion", "Tous les personnels du service");
        assertThat(cartouche.getElementsByTagName("th").getLength()).isEqualTo(3);
        NodeList cells = cartouche.getElementsByTagName("td");
        int signatures = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            if (((Element) cells.item(i)).getAttribute("class").equals("signature")) {
                signatures++;
            }
        }
        assertThat(signatures).isEqualTo(3);
    }

    @Test
    void boxesCalloutsAndKeepsQuotations() {
        List<String> callouts = elements("div").stream().map(d -> d.getAttribute("class"))
                .filter(c -> c.startsWith("callout")).toList();
        assertThat(callouts).containsExactly("callout callout-important", "callout callout-note");
        assertThat(elements("blockquote")).extracting(XhtmlDocumentTest::text)
                .containsExactly("Une citation ordinaire, pas un encadré.");
    }

    @Test
    void setsColumnsSideBySide() {
        Document sheet = dom(PdfSamples.tree(PdfSamples.markdown(URGENCES,
                DocumentKind.SHEET), PdfSamples.tree(URGENCES,
                DocumentKind.SHEET).meta()));
        List<String> classes = new ArrayList<>();
        NodeList divs = sheet.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            String name = ((Element) divs.item(i)).getAttribute("class");
            if (name.startsWith("column")) {
                classes.add(name);
            }
        }
        assertThat(classes).containsExactly("columns", "column first", "column last");
    }

    @Test
    void escapesEveryTextSoNoneBecomesMarkup() {
        String escaped = XhtmlDocument.of(PdfSamples.conventions()).xhtml();
        assertThat(escaped).contains("&lt;b&gt;").doesNotContain("<b>");
        String value = "Un & deux < trois > quatre \"cinq\" </p><b>six</b>";
        Document dom = dom(PdfSamples.tree(MarkdownEscaper.escape(value) + "\n",
                DocumentFixtures.charterMeta()));
        Element paragraph = (Element) dom.getElementsByTagName("p").item(0);
        assertThat(text(paragraph)).isEqualTo("Un & deux < trois > quatre \"cinq\" </p><b>six</b>");
        assertThat(paragraph.getElementsByTagName("b").getLength()).isZero();
    }

    @Test
    void appliesFrenchTypographyToFrenchTextOnly() {
        String french = XhtmlDocument.of(PdfSamples.tree("Attention : « 24 mois » !\n",
                DocumentFixtures.charterMeta())).xhtml();
        assertThat(french).contains("Attention\u00A0: «\u202F24\u00A0mois\u202F»\u202F!");
        String english = XhtmlDocument.of(PdfSamples.tree("Attention : « 24 mois » !\n",
                PdfSamples.inLanguage(DocumentFixtures.charterMeta(), DocumentLanguage.EN))).xhtml();
        assertThat(english).contains("Attention : « 24 mois » !").contains("lang=\"en-GB\"");
    }

    /** The engine may break a line where an element ends: French punctuation moves into the element. */
    @Test
    void keepsFrenchPunctuationWithTheElementBeforeIt() {
        String xhtml = XhtmlDocument.of(PdfSamples.tree("**Interdit** : jamais ; « *mot* » et **a *b*** !\n",
                DocumentFixtures.charterMeta())).xhtml();
        assertThat(xhtml).contains("<p><strong>Interdit\u00A0:</strong> jamais\u202F; <em>«\u202Fmot\u202F»</em> et "
                + "<strong>a <em>b\u202F!</em></strong></p>");
        String english = XhtmlDocument.of(PdfSamples.tree("**Forbidden**: never.\n",
                PdfSamples.inLanguage(DocumentFixtures.charterMeta(), DocumentLanguage.EN))).xhtml();
        assertThat(english).contains("<p><strong>Forbidden</strong>: never.</p>");
    }

    @Test
    void givesTheLogoItsDescriptionAndCarriesItInside() {
        Document dom = dom(PdfSamples.tree("Texte.\n", PdfSamples.withLogo(DocumentFixtures.charterMeta())));
        Element logo = (Element) dom.getElementsByTagName("img").item(0);
        assertThat(logo.getAttribute("alt")).isEqualTo(PdfSamples.LOGO_DESCRIPTION);
        assertThat(logo.getAttribute("src")).startsWith("data:image/png;base64,iVBOR");
        assertThat(dom.getElementsByTagName("img").getLength()).isEqualTo(1);
    }

    @Test
    void keepsALeadInSentenceWithWhatItIntroduces() {
        Document dom = dom(PdfSamples.tree("Les rôles :\n\n- un\n- deux\n\nFin.\n", DocumentFixtures.charterMeta()));
        NodeList paragraphs = dom.getElementsByTagName("p");
        assertThat(((Element) paragraphs.item(0)).getAttribute("class")).isEqualTo("lead-in");
        assertThat(((Element) paragraphs.item(paragraphs.getLength() - 1)).hasAttribute("class")).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private static Document dom(DocumentTree tree) {
        try {
            return PdfWriter.parse(XhtmlDocument.of(tree).xhtml());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Element first(String name) {
        return (Element) conventions.getElementsByTagName(name).item(0);
    }

    private List<Element> elements(String name) {
        NodeList nodes = conventions.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element element) {
        return element.getTextContent();
    }

    private static void collectBookmarks(Element parent, int depth, List<String> out) {
        for (Element bookmark : children(parent)) {
            out.add("  ".repeat(depth) + bookmark.getAttribute("name") + " " + bookmark.getAttribute("href"));
            collectBookmarks(bookmark, depth + 1, out);
        }
    }
}

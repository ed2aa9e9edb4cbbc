package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.DataCategory;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a DPO reads in the generated documents of every sample, reopened as a reader would (the
 * Word files with POI, the PDFs with PDFBox): short enough, one name per tool, each use once on
 * the sheet with who may use it, written French (no capital mid-sentence, elision), the corrected
 * references and what a DPO must find.
 */
class SignableDocumentsTest {

    @TempDir
    static Path out;

    private static final List<Path> SAMPLES = samples();

    @BeforeAll
    static void generateEverySample() {
        List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString(), "--format", "docx,pdf"));
        SAMPLES.forEach(sample -> args.add(sample.toString()));
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    static Stream<Path> samplesWithShortNames() {
        return SAMPLES.stream().filter(s -> questionnaire(s).tools().stream().anyMatch(t -> t.shortName().isPresent()));
    }

    static Stream<Path> everySample() {
        return SAMPLES.stream();
    }

    static Stream<Path> frenchSamples() {
        return SAMPLES.stream().filter(s -> questionnaire(s).locale() == DocumentLanguage.FR);
    }

    @Test
    void theEmergencyCharterFitsTenPagesWithItsAnnexes() {
        Generated urgences = generated(Path.of("samples/urgences-adultes.yaml"));

        assertThat(urgences.charterPages()).isLessThanOrEqualTo(10);
        assertThat(urgences.charterPdf()).contains("Annexe A. Références", "Annexe B. Accusé de lecture");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void everyCharterFitsTenPagesAndEverySheetOnePage(Path sample) {
        Generated documents = generated(sample);

        assertThat(documents.charterPages()).as("charter pages").isLessThanOrEqualTo(10);
        assertThat(documents.sheetPages()).as("sheet pages").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void pageOneHoldsTheCartoucheTheNoteAndSectionOneAndTheContentsOpensPageTwo(Path sample) {
        List<String> pages = generated(sample).charterPdfPages();

        assertThat(pages.get(0)).contains("Type de document", "1. Objet et champ d'application",
                "Tout ce qui n'est pas autorisé par la présente charte est interdit").doesNotContain("2. Définitions");
        assertThat(pages.get(1)).contains("Sommaire", "2. Définitions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithShortNames")
    void aToolWithAShortNameIsNamedInFullOnceInTheToolsTableAndNeverMoreThanTwice(Path sample) {
        Generated documents = generated(sample);

        for (Tool tool : questionnaire(sample).tools()) {
            if (tool.shortName().isEmpty()) {
                continue;
            }
            assertThat(count(documents.charterDocx(), tool.name())).as("%s in the charter", tool.name()).isBetween(1, 2);
            assertThat(count(documents.charterPdf(), tool.name())).as("%s in the PDF charter", tool.name()).isLessThanOrEqualTo(2);
            assertThat(count(documents.sheetDocx(), tool.name())).as("%s on the sheet", tool.name()).isLessThanOrEqualTo(2);
            assertThat(documents.charterDocx()).contains(tool.shortName().get());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void theSheetListsEachAuthorisedUseOnceWithTheRolesThatMayUseIt(Path sample) {
        Questionnaire q = questionnaire(sample);
        List<String> paragraphs = generated(sample).sheetParagraphs();

        for (Use use : authorisedUses(q)) {
            // A use may also be named by a prohibition (« … : interdit avec … »); its line of what I may do has a dash.
            List<String> lines = paragraphs.stream().filter(p -> p.startsWith(use.label() + " — ")).toList();
            assertThat(lines).as("sheet lines of « %s »", use.label()).hasSize(1);
            for (Role role : rolesOf(q, use)) {
                String shortLabel = role.shortLabel().orElse(role.label().replaceAll("\\s*\\([^()]*\\)", "").strip());
                assertThat(lines.get(0).toLowerCase(Locale.ROOT)).as("« %s » names %s", use.label(), role.id())
                        .containsAnyOf(shortLabel.toLowerCase(Locale.ROOT),
                                q.locale() == DocumentLanguage.FR ? "toutes les fonctions" : "every role");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void labelsLoseTheirCapitalAfterALowerCaseWordOrAComma(Path sample) {
        Questionnaire q = questionnaire(sample);
        Generated documents = generated(sample);

        for (String label : labels(q)) {
            if (!isOrdinaryCapitalised(label)) {
                continue;
            }
            Pattern midSentence = Pattern.compile("(\\p{Ll}{2,} |, )" + Pattern.quote(label));
            for (String text : List.of(documents.charterDocx(), documents.sheetDocx())) {
                Matcher found = midSentence.matcher(text);
                assertThat(found.find()).as("« %s » capitalised mid-sentence: …%s…", label,
                        found.hitEnd() ? "" : excerpt(text, found)).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void deIsElidedBeforeAVowelOrAMuteH(Path sample) {
        Generated documents = generated(sample);

        Matcher wrong = Pattern.compile("(?<![\\p{L}'’])[Dd]e (?=[aeiouyàâäéèêëîïôöûüœ]\\p{L})").matcher(documents.charterDocx()
                + "\n" + documents.sheetDocx());
        assertThat(wrong.find()).as("« de » before a vowel: …%s…", wrong.hitEnd() ? "" : excerpt(documents.charterDocx()
                + "\n" + documents.sheetDocx(), wrong)).isFalse();
    }

    @Test
    void prohibitionsListTheirDataWithElisionAndNi() {
        String sheet = generated(Path.of("samples/urgences-adultes.yaml")).sheetDocx();

        assertThat(sheet).contains("Chatbot grand public : jamais de données de santé identifiantes des patients, "
                + "d'extractions pseudonymisées pour l'évaluation des pratiques, de données anonymisées ou agrégées "
                + "ni de documents internes du service.");
    }

    @Test
    void aProhibitionThatBindsSomeRolesSaysWhichOnTheSheetAsInTheCharter() {
        Generated secretariat = generated(Path.of("samples/secretariat-admissions.yaml"));

        for (String text : List.of(secretariat.sheetDocx(), secretariat.charterDocx())) {
            assertThat(text).contains("Tout outil d'IA : jamais de données de santé identifiantes (dossier médical, "
                    + "comptes rendus, courriers) — fonctions concernées : secrétaires médicales, agents d'admission, "
                    + "facturation et responsable du bureau");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void theAvecMethodAndTheSheetLiftTheirBanForToolsAuthorisedForTheData(Path sample) {
        Generated documents = generated(sample);

        assertThat(documents.charterDocx()).contains("Vérifier : s'assurer que l'outil est autorisé pour l'usage, ne saisir "
                + "aucune information identifiante ou couverte par le secret, sauf dans un outil autorisé pour ces données");
        assertThat(documents.sheetDocx()).contains("sauf dans un outil autorisé pour ces données")
                .contains("Cet usage est-il autorisé pour ma fonction ?")
                .doesNotContain("Apprendre :", "Estimer :");
        assertThat(documents.charterDocx()).contains("Estimer : évaluer dans la durée la qualité de l'outil");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void aCellTheCharterDoesNotSettleReadsNotProvidedForAndTheLegendOnlyExplainsWhatIsUsed(Path sample) {
        Generated documents = generated(sample);

        for (String text : List.of(documents.charterDocx(), documents.sheetDocx())) {
            assertThat(text).doesNotContain("Interdit*");
            assertThat(text.contains("Non prévu :")).isEqualTo(text.contains("\tNon prévu") || text.contains("Non prévu\t"));
            assertThat(text.contains("Autorisé :")).isEqualTo(text.contains("\tAutorisé") || text.contains("Autorisé\t"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void theCharterStatesWhatADpoMustFind(Path sample) {
        String charter = generated(sample).charterDocx();

        assertThat(charter).contains(
                "sont signalés sans délai au CERT Santé de l'Agence du numérique en santé",
                "le RSSI décide de ce signalement",
                "art. L1111-8-2",
                "inscrite au registre des violations de l'établissement, qu'elle soit notifiée ou non (RGPD, art. 33, paragraphe 5)",
                "notifiée à la CNIL dans les 72 heures, sauf si elle est peu susceptible d'engendrer un risque pour les personnes (art. 33)",
                "les personnes sont informées lorsque le risque est élevé (art. 34)",
                "AIPD :", "registre des traitements :", "patients informés :",
                "note de service",
                "Annexe B. Accusé de lecture",
                "l'accusé de lecture de l'annexe B atteste que chacun en a été informé, il n'est pas une condition de son application",
                "faute de service", "sauf faute personnelle détachable du service",
                "La responsabilité disciplinaire et la responsabilité pénale restent personnelles",
                "rédiger soi-même une première version", "mode dégradé",
                "Traçabilité.");
        assertThat(charter).doesNotContain("PA-102", "Délégué·e", "Référent·e");
    }

    @Test
    void healthDataToolsAreSaidToBeHostedInTheEuAndVendorFactsAreTheEstablishmentsDecision() {
        String charter = generated(Path.of("samples/urgences-adultes.yaml")).charterDocx();

        assertThat(charter).contains("Seuls Assistant DPI et Dictée HDS reçoivent des données de santé : ils sont hébergés "
                + "dans l'établissement ou chez un hébergeur certifié HDS, sous contrat, avec un stockage dans l'Union "
                + "européenne ou l'Espace économique européen (Code de la santé publique, art. L1111-8).");
        assertThat(charter).contains("L'établissement n'a pas de contrat d'hébergement de données de santé couvrant "
                + "Chatbot grand public et Copilot");
        assertThat(charter).doesNotContain("n'est pas hébergé chez un hébergeur");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchSamples")
    void theReferencesAnnexCarriesTheCorrectedWording(Path sample) {
        String charter = generated(sample).charterDocx();

        assertThat(charter).contains(
                "article 4, point 15", "considérant 26", "considérant 35", "données d'admission",
                "soit en raison d'une fonction ou d'une mission temporaire",
                "« s'assure que la personne concernée en a été informée et qu'elle est, le cas échéant, avertie de "
                        + "l'interprétation qui en résulte »",
                "articles L121-6 (secret professionnel) et L121-7 (discrétion professionnelle)",
                "loi n° 2024-449", "article L1111-8-2", "Loi n° 78-17",
                "Les fournisseurs signalent l'interaction avec une IA",
                "« Recommandations de sécurité pour un système d'IA générative » (29 avril 2024)");
        assertThat(charter).doesNotContain("article 4 : définitions");
    }

    @Test
    void internalDocumentsAreNotCoveredByL11104InTheEmergencySample() {
        String charter = generated(Path.of("samples/urgences-adultes.yaml")).charterDocx();

        assertThat(charter).doesNotContain("article L1110-4 du CSP");
        assertThat(charter).contains("les documents internes (protocoles, plannings, comptes rendus) relèvent du secret et de "
                + "la discrétion professionnels des agents (Code général de la fonction publique, art. L121-6 et L121-7)");
    }

    @Test
    void doctorsAreTheDrInRunningTextAndTitlesAreLowerCase() {
        String charter = generated(Path.of("samples/urgences-adultes.yaml")).charterDocx();

        assertThat(charter).contains("vérifiée par le Dr Nadia Benali (praticienne hospitalière, référente IA de l'établissement)",
                "approuvée par le Dr Marc Delaunay (chef de service des urgences adultes) et par Sophie Marchal (directrice générale)",
                "Son application est suivie par Hélène Garnier, cadre supérieure de santé du pôle urgences.");
        assertThat(charter).doesNotContain("par Dr ");
    }

    @Test
    void theCartoucheNamesTheEstablishmentCharterItAppliesAndEveryoneWhoApproves() {
        Generated urgences = generated(Path.of("samples/urgences-adultes.yaml"));

        assertThat(urgences.charterDocx()).contains("Déclinaison de la charte d'établissement réf. DIR-IA-001");
        assertThat(urgences.charterDocx()).as("the director approves with the head of department")
                .containsPattern("Approuvé par[\\s\\S]*Dr Marc Delaunay\\s+Chef de service des urgences adultes\\s+Sophie Marchal\\s+Directrice générale");
        assertThat(urgences.charterPdf()).contains("Déclinaison de la charte").contains("DIR-IA-001");
    }

    // ------------------------------------------------------------------ given

    /** The four files of a sample, reopened: plain text of the Word files and PDFs, and page counts. */
    private record Generated(String charterDocx, String sheetDocx, List<String> sheetParagraphs, String charterPdf,
            List<String> charterPdfPages, int charterPages, int sheetPages) {
    }

    private static final java.util.Map<Path, Generated> REOPENED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Generated generated(Path sample) {
        return REOPENED.computeIfAbsent(sample.normalize(), SignableDocumentsTest::reopen);
    }

    private static Generated reopen(Path sample) {
        String stem = stem(sample);
        Questionnaire q = questionnaire(sample);
        String charterPrefix = q.locale() == DocumentLanguage.FR ? "charte-ia-" : "ai-charter-";
        String sheetPrefix = q.locale() == DocumentLanguage.FR ? "fiche-ia-" : "ai-sheet-";
        try (XWPFDocument charter = docx(charterPrefix + stem); XWPFDocument sheet = docx(sheetPrefix + stem);
                PDDocument charterPdf = Loader.loadPDF(out.resolve(charterPrefix + stem + ".pdf").toFile());
                PDDocument sheetPdf = Loader.loadPDF(out.resolve(sheetPrefix + stem + ".pdf").toFile())) {
            List<String> paragraphs = new ArrayList<>();
            new XWPFWordExtractor(sheet).getText().lines().flatMap(line -> Stream.of(line.split("\t")))
                    .forEach(paragraphs::add);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= charterPdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(plain(stripper.getText(charterPdf)).replace('\n', ' '));
            }
            return new Generated(plain(new XWPFWordExtractor(charter).getText()), plain(new XWPFWordExtractor(sheet).getText()),
                    paragraphs.stream().map(SignableDocumentsTest::plain).toList(),
                    plain(new PDFTextStripper().getText(charterPdf)).replace('\n', ' '), pages,
                    charterPdf.getNumberOfPages(), sheetPdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument docx(String stem) throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve(stem + ".docx"))) {
            return new XWPFDocument(in);
        }
    }

    /** The stem the toolkit gives a department's files: its name as a slug. */
    private static String stem(Path sample) {
        String name = questionnaire(sample).service().name();
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    /** French typography puts no-break spaces in the text; the assertions are written with plain ones. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static int count(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            count++;
        }
        return count;
    }

    private static String excerpt(String text, Matcher found) {
        return text.substring(Math.max(0, found.start() - 40), Math.min(text.length(), found.end() + 40));
    }

    private static List<Use> authorisedUses(Questionnaire q) {
        Set<Use> uses = new LinkedHashSet<>();
        q.authorised().forEach(rule -> q.findUse(rule.use()).ifPresent(uses::add));
        return List.copyOf(uses);
    }

    private static List<Role> rolesOf(Questionnaire q, Use use) {
        Set<Role> roles = new LinkedHashSet<>();
        q.authorised().stream().filter(rule -> rule.use().equals(use.id()))
                .forEach(rule -> roles.addAll(q.rolesNamed(rule.roles())));
        return List.copyOf(roles);
    }

    private static List<String> labels(Questionnaire q) {
        List<String> labels = new ArrayList<>();
        q.roles().forEach(role -> {
            labels.add(role.label());
            role.shortLabel().ifPresent(labels::add);
        });
        q.data().stream().map(DataCategory::label).forEach(labels::add);
        q.uses().stream().map(Use::label).forEach(labels::add);
        return labels;
    }

    /** A label whose first word is an ordinary capitalised word (not an acronym or a name like « ChatGPT »). */
    private static boolean isOrdinaryCapitalised(String label) {
        String first = label.split("[\\s'’(,-]", 2)[0];
        return first.length() > 1 && Character.isUpperCase(first.codePointAt(0))
                && first.substring(1).codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static Questionnaire questionnaire(Path sample) {
        try {
            return new QuestionnaireLoader().load(sample).questionnaire().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("sample " + sample + " does not load", e);
        }
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

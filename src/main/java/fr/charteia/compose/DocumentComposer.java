package fr.charteia.compose;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.Logo;
import fr.charteia.document.Signatory;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Establishment;
import fr.charteia.model.Person;
import fr.charteia.model.Questionnaire;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated questionnaire into the Markdown of its charter or sheet: computes the view
 * model, renders the template of the questionnaire's language, and assembles the identity the
 * writers print (cartouche, header, footer, properties). Build one per template set and reuse it:
 * compiled templates are cached.
 */
public final class DocumentComposer {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final TemplateSet templates;
    private final MarkdownMustacheFactory mustache;
    private final Map<DocumentLanguage, LanguageResources> languages = new EnumMap<>(DocumentLanguage.class);

    public DocumentComposer(TemplateSet templates) {
        this.templates = templates;
        this.mustache = new MarkdownMustacheFactory(templates);
    }

    /**
     * @param logo the organisation's logo as read and checked with the questionnaire (its description
     *     is written here, in the document's language); empty when the questionnaire names none
     * @throws TemplateException when a template is missing or names something the view model lacks
     */
    public ComposedDocument compose(Questionnaire questionnaire, DocumentKind kind, Optional<Logo> logo) {
        return compose(questionnaire, Optional.empty(), kind, logo);
    }

    /**
     * A department's document; with a baseline, the charter keeps only what is the department's and
     * refers to the establishment charter for the common parts.
     *
     * @param baseline the establishment baseline the department applies, as loaded with it
     * @throws TemplateException when a template is missing or names something the view model lacks
     */
    public ComposedDocument compose(Questionnaire questionnaire, Optional<Establishment> baseline, DocumentKind kind,
            Optional<Logo> logo) {
        LanguageResources language = language(questionnaire.locale());
        DocumentView view = new ViewBuilder(questionnaire, baseline, language).build();
        String template = TemplateSet.nameOf(questionnaire.locale(), kind == DocumentKind.CHARTER
                ? "charter.md.mustache" : "sheet.md.mustache");
        String markdown = render(template, view);
        DocumentMeta meta = meta(questionnaire, kind, language, logo);
        return new ComposedDocument(markdown, meta, fileStem(questionnaire, kind));
    }

    /**
     * The view model the templates of the questionnaire's language are rendered with: what the
     * template check renders its instrumented templates against.
     */
    public DocumentView view(Questionnaire questionnaire) {
        return new ViewBuilder(questionnaire, language(questionnaire.locale())).build();
    }

    /** The same for a department that applies {@code baseline}: its sections with a baseline are rendered. */
    public DocumentView view(Questionnaire questionnaire, Optional<Establishment> baseline) {
        return new ViewBuilder(questionnaire, baseline, language(questionnaire.locale())).build();
    }

    /** The view model of the establishment charter, as {@link #composeEstablishment} renders it. */
    public EstablishmentView view(Establishment establishment) {
        return new EstablishmentViewBuilder(establishment, language(establishment.locale())).build();
    }

    /**
     * The file name of a document without its extension, e.g. {@code charte-ia-urgences-adultes-sau}:
     * known before anything is rendered, so that two questionnaires that would write the same file are
     * caught up front.
     *
     * @throws TemplateException when the language's terms cannot be read
     */
    /**
     * The establishment charter: the common parts once for all departments, the catalogue of tools and
     * the baseline prohibitions.
     *
     * @throws TemplateException when a template is missing or names something the view model lacks
     */
    public ComposedDocument composeEstablishment(Establishment establishment, Optional<Logo> logo) {
        LanguageResources language = language(establishment.locale());
        EstablishmentView view = new EstablishmentViewBuilder(establishment, language).build();
        String markdown = render(TemplateSet.nameOf(establishment.locale(), "establishment-charter.md.mustache"), view);
        return new ComposedDocument(markdown, establishmentMeta(establishment, language, logo), fileStem(establishment));
    }

    /** The establishment charter's file name without extension, e.g. {@code charte-ia-etablissement-centre-hospitalier-de-valmont}. */
    public String fileStem(Establishment establishment) {
        return language(establishment.locale()).terms().get("file.establishment") + "-"
                + FileStems.slug(establishment.organisation().name());
    }

    public String fileStem(Questionnaire questionnaire, DocumentKind kind) {
        String prefix = language(questionnaire.locale()).terms().get(kind == DocumentKind.CHARTER ? "file.charter" : "file.sheet");
        return prefix + "-" + FileStems.slug(questionnaire.service().name());
    }

    private String render(String template, Object view) {
        try {
            Mustache compiled = mustache.compile(template);
            StringWriter out = new StringWriter(32 * 1024);
            compiled.execute(out, view);
            return out.toString();
        } catch (MustacheException e) {
            throw TemplateException.fromMustache(templates, template, e);
        }
    }

    private DocumentMeta meta(Questionnaire q, DocumentKind kind, LanguageResources language, Optional<Logo> logo) {
        DocumentTerms terms = language.terms();
        String key = kind == DocumentKind.CHARTER ? "charter" : "sheet";
        Map<String, String> values = Map.of("service", q.service().name(), "organisation", q.organisation().name());
        String logoDescription = terms.fill("logo.description", values);
        return new DocumentMeta(kind,
                q.locale(),
                terms.get(key + ".documentType"),
                terms.fill(key + ".title", values),
                terms.fill(key + ".subject", values),
                Arrays.stream(terms.fill("keywords", values).split(",")).map(String::strip).toList(),
                q.organisation().name(),
                q.service().name(),
                q.service().unit(),
                q.document().reference(),
                q.document().version(),
                q.document().effectiveDate(),
                q.document().reviewDate(),
                language.dates().format(q.document().effectiveDate()),
                language.dates().format(q.document().reviewDate()),
                signatory(q.document().writtenBy()),
                signatory(q.document().reviewedBy()),
                signatory(q.document().approvedBy()),
                q.organisation().director().map(DocumentComposer::signatory),
                q.document().distribution(),
                q.document().parentReference(),
                logo.map(image -> new Logo(image.bytes(), image.format(), image.widthPx(), image.heightPx(), logoDescription)),
                terms.withPrefixes("cartouche.", "header.", "footer.", "toc.", "list."));
    }

    private DocumentMeta establishmentMeta(Establishment e, LanguageResources language, Optional<Logo> logo) {
        DocumentTerms terms = language.terms();
        Map<String, String> values = Map.of("organisation", e.organisation().name());
        return new DocumentMeta(DocumentKind.CHARTER,
                e.locale(),
                terms.get("establishment.documentType"),
                terms.fill("establishment.title", values),
                terms.fill("establishment.subject", values),
                Arrays.stream(terms.fill("establishment.keywords", values).split(",")).map(String::strip).toList(),
                e.organisation().name(),
                terms.get("establishment.service"),
                Optional.empty(),
                e.document().reference(),
                e.document().version(),
                e.document().effectiveDate(),
                e.document().reviewDate(),
                language.dates().format(e.document().effectiveDate()),
                language.dates().format(e.document().reviewDate()),
                signatory(e.document().writtenBy()),
                signatory(e.document().reviewedBy()),
                signatory(e.document().approvedBy()),
                e.organisation().director().map(DocumentComposer::signatory),
                e.document().distribution(),
                Optional.empty(),
                logo.map(image -> new Logo(image.bytes(), image.format(), image.widthPx(), image.heightPx(),
                        terms.fill("logo.description", values))),
                terms.withPrefixes("cartouche.", "header.", "footer.", "toc.", "list."));
    }

    private static Signatory signatory(Person person) {
        return new Signatory(person.name(), person.title());
    }

    private synchronized LanguageResources language(DocumentLanguage language) {
        return languages.computeIfAbsent(language, this::load);
    }

    private LanguageResources load(DocumentLanguage language) {
        DocumentTerms terms = DocumentTerms.read(templates, TemplateSet.nameOf(language, "terms.properties"));
        String referencesFile = TemplateSet.nameOf(language, "references.yaml");
        List<Reference> references = TemplateData.read(templates, referencesFile, new TypeReference<List<Reference>>() { });
        Locale locale = language == DocumentLanguage.FR ? Locale.FRANCE : Locale.UK;
        return new LanguageResources(terms, Phrasing.of(language), references,
                SituationCatalogue.read(templates, TemplateSet.nameOf(language, "situations.yaml")),
                DateText.of(terms.get("date.pattern"), locale, terms.get("date.firstOfMonth")));
    }
}

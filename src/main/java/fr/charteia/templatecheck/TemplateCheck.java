package fr.charteia.templatecheck;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.RenderWarning;
import fr.charteia.Toolkit;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.DocumentView;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Questionnaire;
import fr.charteia.web.Samples;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a template set, shipped templates overlaid by a folder as {@code generate --templates}
 * reads them: every template of every language is compiled and walked against the view model, then
 * rendered with every sample and with the generated maximal and minimal questionnaires, and the sheet
 * is laid out as a PDF to check its page budget.
 */
public final class TemplateCheck {

    /** Each top-level template and the document it is rendered as; a new document adds its line here. */
    private static final Map<String, DocumentKind> TOP_LEVEL = Map.of(
            "charter.md.mustache", DocumentKind.CHARTER, "sheet.md.mustache", DocumentKind.SHEET);

    private final Optional<Path> folder;
    private final TemplateSet templates;

    /** @throws TemplateException when the folder is not one */
    public TemplateCheck(Optional<Path> folder) {
        this.folder = folder;
        this.templates = folder.map(TemplateSet::overriddenBy).orElseGet(TemplateSet::shipped);
    }

    /** Every problem, sorted by file then line. */
    public List<TemplateProblem> run() {
        Set<TemplateProblem> problems = new LinkedHashSet<>();
        Map<DocumentLanguage, SortedSet<String>> files = new LinkedHashMap<>();
        for (DocumentLanguage language : DocumentLanguage.values()) {
            files.put(language, TemplateFiles.of(language.code(), folder));
        }
        problems.addAll(missingInOneLanguage(files));
        Toolkit.Builder builder = Toolkit.builder().threads(1);
        folder.ifPresent(builder::templates);
        try (Toolkit toolkit = builder.build()) {
            for (DocumentLanguage language : DocumentLanguage.values()) {
                problems.addAll(checkLanguage(language, files.get(language), toolkit));
            }
        }
        return problems.stream().sorted(Comparator.comparing(TemplateProblem::file)
                .thenComparingInt(TemplateProblem::line)).toList();
    }

    private static List<TemplateProblem> missingInOneLanguage(Map<DocumentLanguage, SortedSet<String>> files) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (DocumentLanguage language : files.keySet()) {
            for (DocumentLanguage other : files.keySet()) {
                if (other == language) {
                    continue;
                }
                for (String name : files.get(other)) {
                    String relative = name.substring(other.code().length() + 1);
                    if (!files.get(language).contains(language.code() + "/" + relative)) {
                        problems.add(new TemplateProblem(name, 0, Messages.missingInLanguage(relative, language.code(),
                                other.code())));
                    }
                }
            }
        }
        return problems;
    }

    private List<TemplateProblem> checkLanguage(DocumentLanguage language, SortedSet<String> files, Toolkit toolkit) {
        List<TemplateProblem> problems = new ArrayList<>();
        CheckingMustacheFactory factory = new CheckingMustacheFactory(templates);
        Map<String, Mustache> compiled = new TreeMap<>();
        ViewNames names = new ViewNames();
        for (String file : files) {
            String relative = file.substring(language.code().length() + 1);
            if (relative.startsWith(TemplateFiles.PARTIALS)) {
                continue;
            }
            if (!TOP_LEVEL.containsKey(relative)) {
                problems.add(new TemplateProblem(file, 0, Messages.unknownTemplate(relative)));
                continue;
            }
            try {
                Mustache template = factory.compile(file);
                names.check(template, DocumentView.class);
                compiled.put(file, template);
            } catch (MustacheException e) {
                problems.add(at(file, e));
            } catch (TemplateException e) {
                problems.add(new TemplateProblem(file, 0, Messages.unusable(e.getMessage())));
            }
        }
        problems.addAll(factory.compileProblems());
        problems.addAll(names.problems());
        if (!problems.isEmpty()) {
            // names the view lacks would stop every rendering at the first one: they are all reported already
            return problems;
        }
        DocumentComposer composer = new DocumentComposer(templates);
        MarkdownCheck markdown = new MarkdownCheck();
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, byte[]> input : inputs(language).entrySet()) {
            CheckedQuestionnaire checked = toolkit.validate(new QuestionnaireSource(input.getKey(), input.getValue(),
                    Optional.empty()), Locale.FRENCH);
            if (!checked.valid() || checked.questionnaire().isEmpty()) {
                continue;
            }
            tried.add(input.getKey());
            Questionnaire questionnaire = checked.questionnaire().get();
            DocumentView view;
            try {
                view = composer.view(questionnaire);
            } catch (TemplateException e) {
                problems.add(new TemplateProblem(language.code() + "/terms.properties", 0, Messages.unusable(e.getMessage())));
                return problems;
            }
            for (Map.Entry<String, Mustache> template : compiled.entrySet()) {
                String relative = template.getKey().substring(language.code().length() + 1);
                DocumentKind kind = TOP_LEVEL.get(relative);
                factory.startRendering();
                StringWriter out = new StringWriter();
                try {
                    template.getValue().execute(out, view);
                    String rendered = out.toString();
                    problems.addAll(markdown.check(rendered, toolkit.compose(checked, kind).meta(), input.getKey(),
                            template.getKey(), List.copyOf(factory.marks()), name -> templates.read(name).orElse(null)));
                } catch (MustacheException e) {
                    problems.add(at(template.getKey(), e, input.getKey()));
                } catch (GenerationRefused e) {
                    problems.add(new TemplateProblem(template.getKey(), 0, Messages.renderFailure(input.getKey(), e.getMessage())));
                }
                if (kind == DocumentKind.SHEET) {
                    problems.addAll(pageBudget(toolkit, checked, template.getKey(), input.getKey()));
                }
            }
        }
        Set<CheckingMustacheFactory.Tagged> sections = new LinkedHashSet<>(names.sections());
        sections.removeAll(factory.rendered());
        String inputList = String.join(", ", tried);
        for (CheckingMustacheFactory.Tagged dead : sections) {
            problems.add(new TemplateProblem(dead.file(), dead.line(), Messages.deadSection(dead.name(), dead.inverted(), inputList)));
        }
        return problems;
    }

    private static List<TemplateProblem> pageBudget(Toolkit toolkit, CheckedQuestionnaire checked, String file, String input) {
        List<TemplateProblem> problems = new ArrayList<>();
        try {
            for (RenderWarning warning : toolkit.render(checked, List.of(DocumentKind.SHEET), List.of(OutputFormat.PDF)).warnings()) {
                if (warning instanceof RenderWarning.SheetTooLong tooLong) {
                    problems.add(new TemplateProblem(file, 0, Messages.tooLong(input, tooLong.pages())));
                }
            }
        } catch (GenerationRefused e) {
            problems.add(new TemplateProblem(file, 0, Messages.renderFailure(input, e.getMessage())));
        }
        return problems;
    }

    /** The samples, each rewritten to the language checked, then the generated questionnaires. */
    static Map<String, byte[]> inputs(DocumentLanguage language) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        for (String name : Samples.NAMES) {
            String yaml = new String(Samples.read(name).orElseThrow(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^locale: *[a-z]+", "locale: " + language.code());
            inputs.put(name + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
        }
        inputs.put("questionnaire-maximal.yaml", MaximalQuestionnaire.maximal(language));
        inputs.put("questionnaire-minimal.yaml", MaximalQuestionnaire.minimal(language));
        return inputs;
    }

    private static TemplateProblem at(String file, MustacheException e) {
        return at(file, e, null);
    }

    private static TemplateProblem at(String file, MustacheException e, String input) {
        TemplateContext tc = e.getContext();
        String reason = String.valueOf(e.getMessage()).replaceAll("@TemplateContext.*$", "").strip();
        String message = input == null ? Messages.unusable(reason) : Messages.renderFailure(input, reason);
        return tc == null ? new TemplateProblem(file, 0, message) : new TemplateProblem(tc.file(), tc.line(), message);
    }

    /** The problems grouped by file, in order. */
    public static Map<String, List<TemplateProblem>> byFile(List<TemplateProblem> problems) {
        return problems.stream().collect(Collectors.groupingBy(TemplateProblem::file, TreeMap::new, Collectors.toList()));
    }
}

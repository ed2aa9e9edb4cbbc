package fr.charteia.templatecheck;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.RenderWarning;
import fr.charteia.Toolkit;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.DocumentView;
import fr.charteia.compose.EstablishmentView;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Questionnaire;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.WorkshopCatalogue;
import fr.charteia.web.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.function.Function;
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
 * rendered with every sample and with the generated maximal and minimal questionnaires and
 * establishments, and the sheet is laid out as a PDF to check its page budget. The files of a language
 * are written to one temporary folder tree, departments naming a baseline in a subfolder, so that
 * their baseline is found and read as {@code batch} reads it.
 */
public final class TemplateCheck {

    /**
     * Every top-level template the toolkit renders, with the view type its names are checked
     * against, the questionnaires it is rendered with and how its view is built. A new document is
     * ONE line here (its file, its view record, a function giving its inputs in a language, one
     * building its view from a checked file, its kind); the list of expected templates the check
     * prints comes from it.
     */
    private static final List<TopLevelTemplate> TOP_LEVEL = List.of(
            new TopLevelTemplate("charter.md.mustache", DocumentView.class, TemplateCheck::departmentInputs, TemplateCheck::departmentView, DocumentKind.CHARTER),
            new TopLevelTemplate("sheet.md.mustache", DocumentView.class, TemplateCheck::departmentInputs, TemplateCheck::departmentView, DocumentKind.SHEET),
            new TopLevelTemplate("establishment-charter.md.mustache", EstablishmentView.class, TemplateCheck::establishmentInputs, TemplateCheck::establishmentView, DocumentKind.CHARTER));

    /** The departments of the CHU Valmont sample, in {@code chu-valmont/services/}: they name {@code ../etablissement.yaml}. */
    private static final List<String> VALMONT_SERVICES = List.of("bloc-operatoire", "cardiologie", "direction-achats");
    private static final String VALMONT = "chu-valmont/";

    private final Optional<Path> folder;
    private final TemplateSet templates;
    private final Messages messages;

    /** @throws TemplateException when the folder is not one */
    public TemplateCheck(Optional<Path> folder, Locale language) {
        this.folder = folder;
        this.templates = folder.map(TemplateSet::overriddenBy).orElseGet(TemplateSet::shipped);
        this.messages = Messages.of(language);
    }

    /** Every problem, sorted by file then line. */
    public List<TemplateProblem> run() {
        Set<TemplateProblem> problems = new LinkedHashSet<>();
        Map<DocumentLanguage, SortedSet<String>> files = new LinkedHashMap<>();
        for (DocumentLanguage language : DocumentLanguage.values()) {
            files.put(language, TemplateFiles.of(language.code(), folder));
        }
        problems.addAll(missingInOneLanguage(files));
        for (DocumentLanguage language : DocumentLanguage.values()) {
            problems.addAll(roomData(language.code()));
        }
        Toolkit.Builder builder = Toolkit.builder().threads(1);
        folder.ifPresent(builder::templates);
        Path inputs = InputTree.create();
        try (Toolkit toolkit = builder.build()) {
            for (DocumentLanguage language : DocumentLanguage.values()) {
                problems.addAll(checkLanguage(language, files.get(language), toolkit, inputs.resolve(language.code())));
            }
        } finally {
            InputTree.delete(inputs);
        }
        return problems.stream().sorted(Comparator.comparing(TemplateProblem::file)
                .thenComparingInt(TemplateProblem::line)).toList();
    }

    /**
     * The training room's data files of a language ({@code serve --room} reads them when the room opens):
     * a broken one is reported with its file, as the room would refuse to open.
     */
    private List<TemplateProblem> roomData(String language) {
        List<TemplateProblem> problems = new ArrayList<>();
        try {
            RoomQuestions.read(templates, language);
        } catch (TemplateException e) {
            problems.add(messages.unusable(fileNamed(e, language, "positionnement.yaml", "satisfaction.yaml"), 0, e.getMessage()));
        }
        try {
            WorkshopCatalogue.read(templates, language);
        } catch (TemplateException e) {
            problems.add(messages.unusable(fileNamed(e, language, "situations.yaml", "references.yaml"), 0, e.getMessage()));
        }
        return problems;
    }

    /** Which of the files a reader reads its message names first (the reader's messages always name the file). */
    private String fileNamed(TemplateException e, String language, String... files) {
        String message = String.valueOf(e.getMessage());
        for (String file : files) {
            String name = language + "/" + file;
            if (message.contains(templates.describe(name)) || message.contains("« " + name + " »")) {
                return name;
            }
        }
        return language + "/" + files[0];
    }

    private List<TemplateProblem> missingInOneLanguage(Map<DocumentLanguage, SortedSet<String>> files) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (DocumentLanguage language : files.keySet()) {
            for (DocumentLanguage other : files.keySet()) {
                if (other == language) {
                    continue;
                }
                for (String name : files.get(other)) {
                    String relative = name.substring(other.code().length() + 1);
                    if (!files.get(language).contains(language.code() + "/" + relative)) {
                        problems.add(messages.missingInLanguage(name, relative, language.code(), other.code()));
                    }
                }
            }
        }
        return problems;
    }

    private List<TemplateProblem> checkLanguage(DocumentLanguage language, SortedSet<String> files, Toolkit toolkit,
            Path tree) {
        List<TemplateProblem> problems = new ArrayList<>();
        CheckingMustacheFactory factory = new CheckingMustacheFactory(templates, messages);
        Map<TopLevelTemplate, Mustache> compiled = new LinkedHashMap<>();
        ViewNames names = new ViewNames(messages);
        for (String file : files) {
            String relative = file.substring(language.code().length() + 1);
            if (relative.startsWith(TemplateFiles.PARTIALS)) {
                continue;
            }
            Optional<TopLevelTemplate> top = TOP_LEVEL.stream().filter(t -> t.file().equals(relative)).findFirst();
            if (top.isEmpty()) {
                problems.add(messages.unknownTemplate(file, relative,
                        TOP_LEVEL.stream().map(TopLevelTemplate::file).collect(Collectors.joining(", "))));
                continue;
            }
            try {
                Mustache template = factory.compile(file);
                names.check(template, top.get().view());
                compiled.put(top.get(), template);
            } catch (MustacheException e) {
                problems.add(at(file, e, null));
            } catch (TemplateException e) {
                problems.add(messages.unusable(file, 0, e.getMessage()));
            }
        }
        problems.addAll(factory.compileProblems());
        problems.addAll(names.problems());
        if (!problems.isEmpty()) {
            // names the view lacks would stop every rendering at the first one: they are all reported already
            return problems;
        }
        DocumentComposer composer = new DocumentComposer(templates);
        MarkdownCheck markdown = new MarkdownCheck(messages);
        // every input of the language in one tree, so that a department finds the baseline another function gives
        Map<Function<DocumentLanguage, Map<String, byte[]>>, Map<String, byte[]>> written = new LinkedHashMap<>();
        for (TopLevelTemplate top : compiled.keySet()) {
            written.computeIfAbsent(top.inputs(), function -> InputTree.write(tree, function.apply(language)));
        }
        // the inputs of each function, validated once however many templates share them
        Map<Function<DocumentLanguage, Map<String, byte[]>>, Map<String, CheckedQuestionnaire>> validated = new HashMap<>();
        Map<String, Object> views = new HashMap<>();
        Set<String> tried = new LinkedHashSet<>();
        for (Map.Entry<TopLevelTemplate, Mustache> entry : compiled.entrySet()) {
            TopLevelTemplate top = entry.getKey();
            String file = TemplateSet.nameOf(language, top.file());
            Map<String, CheckedQuestionnaire> inputs = validated.computeIfAbsent(top.inputs(),
                    function -> validate(written.get(function).keySet(), tree, toolkit));
            for (Map.Entry<String, CheckedQuestionnaire> input : inputs.entrySet()) {
                CheckedQuestionnaire checked = input.getValue();
                Object view;
                try {
                    Optional<Object> built = top.viewOf().apply(composer, checked);
                    if (built.isEmpty()) {
                        continue;
                    }
                    view = views.computeIfAbsent(top.view().getName() + "/" + input.getKey(), key -> built.get());
                } catch (TemplateException e) {
                    problems.add(messages.unusable(language.code() + "/terms.properties", 0, e.getMessage()));
                    return problems;
                }
                tried.add(input.getKey());
                factory.startRendering();
                StringWriter out = new StringWriter();
                try {
                    entry.getValue().execute(out, view);
                    problems.addAll(markdown.check(out.toString(), toolkit.compose(checked, top.kind()).meta(), input.getKey(),
                            file, List.copyOf(factory.marks()), name -> templates.read(name).orElse(null)));
                } catch (MustacheException e) {
                    problems.add(at(file, e, input.getKey()));
                } catch (GenerationRefused e) {
                    problems.add(messages.renderFailure(file, 0, input.getKey(), e.getMessage()));
                }
                if (top.kind() == DocumentKind.SHEET) {
                    problems.addAll(pageBudget(toolkit, checked, file, input.getKey()));
                }
            }
        }
        Set<CheckingMustacheFactory.Tagged> sections = new LinkedHashSet<>(names.sections());
        sections.removeAll(factory.rendered());
        String inputList = String.join(", ", tried);
        for (CheckingMustacheFactory.Tagged dead : sections) {
            problems.add(messages.deadSection(dead.file(), dead.line(), dead.name(), dead.inverted(), inputList));
        }
        return problems;
    }

    /**
     * The valid files among {@code names}, read from {@code tree} as a batch reads its folder; an invalid
     * one is a mistake of the inputs, not of the templates.
     */
    private static Map<String, CheckedQuestionnaire> validate(Collection<String> names, Path tree, Toolkit toolkit) {
        Map<String, CheckedQuestionnaire> valid = new LinkedHashMap<>();
        for (String name : names) {
            CheckedQuestionnaire checked = toolkit.validate(tree.resolve(name), tree, Locale.FRENCH);
            if (checked.valid()) {
                valid.put(name, checked);
            }
        }
        return valid;
    }

    /** A department's questionnaire's view, with its baseline when it names one; empty for any other file. */
    private static Optional<Object> departmentView(DocumentComposer composer, CheckedQuestionnaire checked) {
        return checked.questionnaire().map(questionnaire -> composer.view(questionnaire, checked.baseline()));
    }

    /** An establishment baseline's view; empty for any other file. */
    private static Optional<Object> establishmentView(DocumentComposer composer, CheckedQuestionnaire checked) {
        return checked.establishment().map(composer::view);
    }

    private List<TemplateProblem> pageBudget(Toolkit toolkit, CheckedQuestionnaire checked, String file, String input) {
        List<TemplateProblem> problems = new ArrayList<>();
        try {
            for (RenderWarning warning : toolkit.render(checked, List.of(DocumentKind.SHEET), List.of(OutputFormat.PDF)).warnings()) {
                if (warning instanceof RenderWarning.SheetTooLong tooLong) {
                    problems.add(messages.tooLong(file, input, tooLong.pages()));
                }
            }
        } catch (GenerationRefused e) {
            problems.add(messages.renderFailure(file, 0, input, e.getMessage()));
        }
        return problems;
    }

    /**
     * The samples, each rewritten to the language checked, then the generated questionnaires, then the
     * departments that apply a baseline (the CHU Valmont services and the maximal questionnaire naming
     * the maximal establishment): they find it one folder up, where {@link #establishmentInputs} puts it.
     * Names are paths in the tree of inputs, as the reports give them.
     */
    static Map<String, byte[]> departmentInputs(DocumentLanguage language) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        for (String name : Samples.NAMES) {
            inputs.put(name + ".yaml", inLanguage(Samples.read(name).orElseThrow(), language));
        }
        inputs.putAll(generated(language));
        for (String service : VALMONT_SERVICES) {
            String name = VALMONT + "services/" + service + ".yaml";
            inputs.put(name, inLanguage(shippedSample(name), language));
        }
        inputs.put("services/questionnaire-maximal-socle.yaml", MaximalEstablishment.maximalDepartment(language));
        return inputs;
    }

    /** The CHU Valmont establishment baseline in the language checked, then the generated ones. */
    static Map<String, byte[]> establishmentInputs(DocumentLanguage language) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put(VALMONT + "etablissement.yaml", inLanguage(shippedSample(VALMONT + "etablissement.yaml"), language));
        inputs.put(MaximalEstablishment.MAXIMAL_FILE, MaximalEstablishment.maximal(language));
        inputs.put("etablissement-minimal.yaml", MaximalEstablishment.minimal(language));
        inputs.put("etablissement-un-outil.yaml", MaximalEstablishment.oneTool(language));
        return inputs;
    }

    /** A sample's text rewritten to {@code language}: the templates of each language are rendered with every sample. */
    private static byte[] inLanguage(byte[] sample, DocumentLanguage language) {
        return new String(sample, StandardCharsets.UTF_8).replaceFirst("(?m)^locale: *[a-z]+", "locale: " + language.code())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A file of the project's {@code samples/}, as shipped in the jar. */
    private static byte[] shippedSample(String name) {
        try (InputStream in = TemplateCheck.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated questionnaires, by the name the reports give them. */
    static Map<String, byte[]> generated(DocumentLanguage language) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("questionnaire-maximal.yaml", MaximalQuestionnaire.maximal(language));
        inputs.put("questionnaire-wide.yaml", MaximalQuestionnaire.wide(language));
        inputs.put("questionnaire-minimal.yaml", MaximalQuestionnaire.minimal(language));
        return inputs;
    }

    private TemplateProblem at(String file, MustacheException e, String input) {
        TemplateContext tc = e.getContext();
        String reason = String.valueOf(e.getMessage()).replaceAll("@TemplateContext.*$", "").strip();
        String where = tc == null ? file : tc.file();
        int line = tc == null ? 0 : tc.line();
        return input == null ? messages.unusable(where, line, reason) : messages.renderFailure(where, line, input, reason);
    }

    /** The problems grouped by file, in order. */
    public static Map<String, List<TemplateProblem>> byFile(List<TemplateProblem> problems) {
        return problems.stream().collect(Collectors.groupingBy(TemplateProblem::file, TreeMap::new, Collectors.toList()));
    }
}

package fr.charteia.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The figures of one run as a French Markdown report, and the same numbers as JSON. */
final class Report {

    static final double WARM_VALIDATE_MS = 5;
    static final double WARM_RENDER_MS = 100;
    static final double GENERATE_RATIO = 1.0;
    static final double VALIDATE_SECONDS = 0.8;
    static final double TWENTY_RATIO = 1.0 / 3;
    /** Below this, a benchmark's warm-up ran too few calls for its figures to be warm ones. */
    static final int FEW_CALLS = 30;

    private static final Map<String, String> STAGES = Map.ofEntries(
            Map.entry("toolkitValidate", "Toolkit.validate : lecture et validation d'une source"),
            Map.entry("toolkitRender", "Toolkit.render : les 4 fichiers (charte et fiche, DOCX et PDF)"),
            Map.entry("stageLoad", "Chargement (QuestionnaireLoader)"),
            Map.entry("stageValidate", "Validation (QuestionnaireValidator)"),
            Map.entry("stageCompose", "Composition des 2 documents (DocumentComposer)"),
            Map.entry("stageParse", "Arbre des 2 documents (DocumentParser)"),
            Map.entry("stageDocxCharter", "DOCX de la charte (DocxWriter)"),
            Map.entry("stageDocxSheet", "DOCX de la fiche (DocxWriter)"),
            Map.entry("stagePdfCharter", "PDF de la charte (PdfWriter)"),
            Map.entry("stagePdfSheet", "PDF de la fiche (PdfWriter)"));
    private static final List<String> STAGE_ORDER = List.of("toolkitValidate", "toolkitRender", "stageLoad", "stageValidate",
            "stageCompose", "stageParse", "stageDocxCharter", "stageDocxSheet", "stagePdfCharter", "stagePdfSheet");

    private Report() {
    }

    static String markdown(Results r) {
        StringBuilder md = new StringBuilder();
        md.append("# charte-ia : mesures de performance\n\n");
        md.append("Un passage du ").append(r.started().format(DateTimeFormatter.ofPattern("d MMMM yyyy à HH:mm", Locale.FRENCH)))
                .append(", commande mesurée : `").append(String.join(" ", r.command())).append("`. LibreOffice : ")
                .append(r.office().orElse("absent (les ratios ne sont pas mesurés)")).append(".\n\n");

        md.append("| Mesure | charte-ia | LibreOffice | Ratio charte-ia / LibreOffice | Cible | Atteinte |\n");
        md.append("|---|---|---|---|---|---|\n");
        warmRow(md, r, "toolkitValidate", "À chaud : validate d'un service (urgences-adultes)", WARM_VALIDATE_MS);
        warmRow(md, r, "toolkitRender", "À chaud : les 4 fichiers d'urgences-adultes", WARM_RENDER_MS);
        md.append(row("À froid : `generate` d'urgences-adultes (4 fichiers), médiane de " + Results.ONE_RUNS,
                seconds(r.generateOne().medianSeconds()),
                office(r.officeOne(), "2 DOCX → PDF, un appel"),
                ratio(r.generateOne(), r.officeOne()), "≤ " + number(GENERATE_RATIO, 1),
                met(r.officeOne().measured(), ratioOf(r.generateOne(), r.officeOne()) <= GENERATE_RATIO)));
        md.append(row("À froid : `validate` d'urgences-adultes, médiane de " + Results.ONE_RUNS,
                seconds(r.validateOne().medianSeconds()), "—", "—", "≤ " + number(VALIDATE_SECONDS, 1) + " s",
                met(true, r.validateOne().medianSeconds() <= VALIDATE_SECONDS)));
        md.append(row("À froid : " + Results.TWENTY + " services en un appel (" + 4 * Results.TWENTY + " fichiers), médiane de "
                + Results.TWENTY_RUNS,
                throughput(r.generateTwenty(), 4 * Results.TWENTY),
                r.officeTwenty().measured() ? throughput(r.officeTwenty(), 2 * Results.TWENTY) + " (" + 2 * Results.TWENTY
                        + " DOCX → PDF, un appel)" : "absent",
                ratio(r.generateTwenty(), r.officeTwenty()), "≤ 1/3 (" + number(TWENTY_RATIO, 2) + ")",
                met(r.officeTwenty().measured(), ratioOf(r.generateTwenty(), r.officeTwenty()) <= TWENTY_RATIO)));
        long expected = 4L * Results.THOUSAND;
        md.append(row("1 000 services en un appel, `" + Results.THOUSAND_HEAP + "`, `--format docx,pdf`, un passage",
                r.thousand().map(run -> throughput(new Series(List.of(run)), r.thousandFiles()) + " · code " + run.exitCode()
                        + " · " + number(r.thousandFiles(), 0) + " fichiers").orElse("non mesuré (-Dbench.skipThousand=true)"),
                "—", "—", "se termine : code 0, " + number(expected, 0) + " fichiers",
                met(r.thousand().isPresent(), r.thousand().map(run -> run.succeeded() && r.thousandFiles() == expected)
                        .orElse(false))));

        md.append("\nLe ratio compare des médianes mesurées dans le même passage, les commandes en alternance (charte-ia puis "
                + "LibreOffice, passage par passage). Mémoire : pic de mémoire résidente (VmHWM) du processus et de ses "
                + "enfants, relevé toutes les 20 ms. Fichiers par seconde : fichiers écrits divisés par la durée totale du "
                + "processus, démarrage compris.\n");

        md.append("\n## À chaud, étape par étape\n\n");
        if (r.warm().isEmpty()) {
            md.append(r.warmSkipped().orElse("Non mesuré.")).append("\n");
        } else {
            md.append("Un seul JVM, urgences-adultes, ").append(WarmRun.SETTINGS)
                    .append(". Les étapes passent par les classes de chaque étape ; `Toolkit.render` fait la charte et la "
                            + "fiche en parallèle, sur deux fils.\n\n");
            md.append("| Étape | Médiane | Moyenne | Appels mesurés |\n|---|---|---|---|\n");
            for (String name : STAGE_ORDER) {
                r.warmFigure(name).ifPresent(figure -> md.append(row(STAGES.get(name), millis(figure.medianMillis()),
                        millis(figure.meanMillis()), number(figure.calls(), 0))));
            }
            if (r.warm().stream().anyMatch(figure -> figure.calls() < FEW_CALLS)) {
                md.append("\nMoins de ").append(FEW_CALLS).append(" appels mesurés pour une étape : trop peu pour que le JVM "
                        + "soit vraiment chaud (machine chargée ?) ; ces chiffres-là surestiment le temps à chaud.\n");
            }
        }

        md.append("\n## À froid, chaque passage\n\n");
        md.append("| Passage | `generate` (4 fichiers) | `validate` | LibreOffice (2 DOCX) | Ratio generate / LibreOffice |\n");
        md.append("|---|---|---|---|---|\n");
        for (int i = 0; i < r.generateOne().runs().size(); i++) {
            Optional<ProcessRun> office = i < r.officeOne().runs().size() ? Optional.of(r.officeOne().runs().get(i)) : Optional.empty();
            ProcessRun generate = r.generateOne().runs().get(i);
            md.append(row(Integer.toString(i + 1), run(generate), run(r.validateOne().runs().get(i)),
                    office.map(Report::run).orElse("—"),
                    office.map(o -> number(generate.seconds() / o.seconds(), 2)).orElse("—")));
        }
        md.append("\n| Passage | charte-ia, " + Results.TWENTY + " services | LibreOffice, " + 2 * Results.TWENTY
                + " DOCX | Ratio |\n|---|---|---|---|\n");
        for (int i = 0; i < r.generateTwenty().runs().size(); i++) {
            Optional<ProcessRun> office = i < r.officeTwenty().runs().size() ? Optional.of(r.officeTwenty().runs().get(i))
                    : Optional.empty();
            ProcessRun generate = r.generateTwenty().runs().get(i);
            md.append(row(Integer.toString(i + 1), run(generate), office.map(Report::run).orElse("—"),
                    office.map(o -> number(generate.seconds() / o.seconds(), 2)).orElse("—")));
        }

        md.append("\n## Grands questionnaires (issue 13)\n\n| Questionnaire | validate (code) | generate |\n|---|---|---|\n");
        for (ScaleRun run : r.scale()) {
            md.append(row(run.shape(), run(run.validate()) + " (" + run.validate().exitCode() + ")",
                    run.generate().map(Report::run).orElse("refusé : rien à générer")));
        }

        Machine m = r.machine();
        md.append("\n## Machine\n\n");
        md.append("- ").append(m.cores()).append(" cœurs (").append(m.processor()).append("), ").append(m.memory())
                .append(" de mémoire, ").append(m.os()).append("\n");
        md.append("- Java du banc : ").append(m.harnessJava()).append(" ; `java` du PATH : ").append(m.commandJava()).append("\n");
        md.append("- Charge moyenne (1, 5, 15 min) au départ : ").append(r.loadAtStart()).append(" ; à la fin : ")
                .append(r.loadAtEnd()).append("\n");
        md.append("- Les temps absolus varient du simple au double avec la charge de la machine (partagée ici) : comparer "
                + "les ratios, mesurés dans le même passage, plutôt que les temps d'un passage à l'autre.\n");
        return md.toString();
    }

    static String json(Results r) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("started", r.started().toOffsetDateTime().toString());
        root.putPOJO("command", r.command());
        root.put("libreOffice", r.office().orElse(null));
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", r.machine().cores());
        machine.put("processor", r.machine().processor());
        machine.put("memory", r.machine().memory());
        machine.put("os", r.machine().os());
        machine.put("harnessJava", r.machine().harnessJava());
        machine.put("javaOnPath", r.machine().commandJava());
        machine.put("loadAverageAtStart", r.loadAtStart());
        machine.put("loadAverageAtEnd", r.loadAtEnd());

        ObjectNode warm = root.putObject("warm");
        warm.put("harness", "JMH 1.37, " + WarmRun.SETTINGS);
        warm.put("skipped", r.warmSkipped().orElse(null));
        ArrayNode stages = warm.putArray("stages");
        for (WarmRun.Figure figure : r.warm()) {
            stages.addObject().put("name", figure.name()).put("label", STAGES.getOrDefault(figure.name(), figure.name()))
                    .put("medianMs", figure.medianMillis()).put("meanMs", figure.meanMillis()).put("calls", figure.calls());
        }
        warm.set("targets", mapper.createObjectNode()
                .put("validateMedianMsAtMost", WARM_VALIDATE_MS)
                .put("renderMedianMsAtMost", WARM_RENDER_MS)
                .put("validateMet", r.warmFigure("toolkitValidate").map(f -> f.medianMillis() <= WARM_VALIDATE_MS).orElse(null))
                .put("renderMet", r.warmFigure("toolkitRender").map(f -> f.medianMillis() <= WARM_RENDER_MS).orElse(null)));

        ObjectNode one = root.putObject("coldOneDepartment");
        one.put("sample", "samples/urgences-adultes.yaml");
        one.set("generate", series(mapper, r.generateOne(), 4));
        one.set("validate", series(mapper, r.validateOne(), 0));
        one.set("libreOffice", series(mapper, r.officeOne(), 2));
        putRatio(one, "generateRatio", r.generateOne(), r.officeOne());
        one.put("generateRatioAtMost", GENERATE_RATIO);
        one.put("generateRatioMet", r.officeOne().measured() ? ratioOf(r.generateOne(), r.officeOne()) <= GENERATE_RATIO : null);
        one.put("validateSecondsAtMost", VALIDATE_SECONDS);
        one.put("validateMet", r.validateOne().medianSeconds() <= VALIDATE_SECONDS);

        ObjectNode twenty = root.putObject("coldTwentyDepartments");
        twenty.set("generate", series(mapper, r.generateTwenty(), 4 * Results.TWENTY));
        twenty.set("libreOffice", series(mapper, r.officeTwenty(), 2 * Results.TWENTY));
        putRatio(twenty, "ratio", r.generateTwenty(), r.officeTwenty());
        twenty.put("ratioAtMost", TWENTY_RATIO);
        twenty.put("ratioMet", r.officeTwenty().measured() ? ratioOf(r.generateTwenty(), r.officeTwenty()) <= TWENTY_RATIO : null);

        ObjectNode thousand = root.putObject("thousandDepartments");
        thousand.put("heap", Results.THOUSAND_HEAP);
        thousand.put("skipped", r.thousand().isEmpty());
        r.thousand().ifPresent(run -> {
            thousand.set("run", run(mapper, run));
            thousand.put("files", r.thousandFiles());
            thousand.put("filesPerSecond", r.thousandFiles() / run.seconds());
            thousand.put("met", run.succeeded() && r.thousandFiles() == 4L * Results.THOUSAND);
        });
        var scale = root.putArray("largeQuestionnaires");
        for (ScaleRun run : r.scale()) {
            ObjectNode node = scale.addObject();
            node.put("shape", run.shape());
            node.set("validate", run(mapper, run.validate()));
            run.generate().ifPresent(generate -> node.set("generate", run(mapper, generate)));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode series(ObjectMapper mapper, Series series, int files) {
        ObjectNode node = mapper.createObjectNode();
        node.put("measured", series.measured());
        if (series.measured()) {
            node.put("medianSeconds", series.medianSeconds());
            series.medianPeakKilobytes().ifPresent(kb -> node.put("medianPeakRssMiB", kb / 1024.0));
            if (files > 0) {
                node.put("files", files);
                node.put("filesPerSecond", files / series.medianSeconds());
            }
            ArrayNode runs = node.putArray("runs");
            series.runs().forEach(run -> runs.add(run(mapper, run)));
        }
        return node;
    }

    private static ObjectNode run(ObjectMapper mapper, ProcessRun run) {
        ObjectNode node = mapper.createObjectNode().put("seconds", run.seconds()).put("exitCode", run.exitCode());
        run.peakKilobytes().ifPresent(kb -> node.put("peakRssMiB", kb / 1024.0));
        return node;
    }

    private static void putRatio(ObjectNode node, String name, Series toolkit, Series office) {
        if (office.measured()) {
            node.put(name, ratioOf(toolkit, office));
        } else {
            node.putNull(name);
        }
    }

    private static void warmRow(StringBuilder md, Results r, String name, String label, double targetMillis) {
        Optional<WarmRun.Figure> figure = r.warmFigure(name);
        md.append(row(label, figure.map(f -> millis(f.medianMillis()) + " (moyenne " + millis(f.meanMillis()) + ")")
                .orElse("non mesuré"), "—", "—", "≤ " + number(targetMillis, 0) + " ms",
                met(figure.isPresent(), figure.map(f -> f.medianMillis() <= targetMillis).orElse(false))));
    }

    private static String office(Series office, String what) {
        return office.measured() ? seconds(office.medianSeconds()) + " (" + what + ")" : "absent";
    }

    private static String throughput(Series series, long files) {
        return seconds(series.medianSeconds()) + " · " + number(files / series.medianSeconds(), 1) + " fichiers/s · "
                + series.medianPeakKilobytes().map(Report::mebibytes).orElse("mémoire inconnue");
    }

    private static String run(ProcessRun run) {
        return seconds(run.seconds()) + ", " + run.peakKilobytes().map(Report::mebibytes).orElse("mémoire inconnue")
                + (run.succeeded() ? "" : ", code " + run.exitCode());
    }

    private static String ratio(Series toolkit, Series office) {
        return office.measured() ? number(ratioOf(toolkit, office), 2) : "—";
    }

    private static double ratioOf(Series toolkit, Series office) {
        return office.measured() ? toolkit.medianSeconds() / office.medianSeconds() : Double.NaN;
    }

    private static String met(boolean measured, boolean met) {
        return !measured ? "non mesuré" : met ? "oui" : "**non**";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String millis(double millis) {
        return number(millis, millis < 10 ? 2 : 1) + " ms";
    }

    private static String seconds(double seconds) {
        return number(seconds, 2) + " s";
    }

    private static String mebibytes(long kilobytes) {
        return number(kilobytes / 1024.0, 0) + " Mo";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.FRENCH, "%,." + decimals + "f", value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}

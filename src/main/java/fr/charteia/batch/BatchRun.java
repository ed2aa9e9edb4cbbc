package fr.charteia.batch;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.OutputWriteException;
import fr.charteia.RenderWarning;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.validation.FileReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks, renders and writes the questionnaires of a folder tree on a few worker threads. Each
 * worker takes the next file, validates it, renders and writes its documents at once, and keeps only
 * a {@link FileOutcome}: memory does not grow with the number of departments. A file that cannot be
 * read, has errors, or whose documents cannot be made or written is reported; the others go on.
 */
public final class BatchRun {

    /**
     * @param folder the folder the questionnaires were found in
     * @param out where each department's documents go, in a sub-folder mirroring its path under {@code folder}
     * @param jobs how many files are worked on at once
     */
    public record Settings(Path folder, Path out, List<OutputFormat> formats, Locale language, int jobs) {

        public Settings {
            formats = List.copyOf(formats);
            if (jobs < 1) {
                throw new IllegalArgumentException("at least one job, not " + jobs);
            }
        }
    }

    /** Told of each file as it is done, from the worker threads one at a time. */
    public interface Listener {
        void done(FileOutcome outcome, int done, int total);
    }

    /** How the failures a department can meet are told to the user, in their language. */
    public interface Wording {
        String refused(GenerationRefused refusal);

        /** The toolkit cannot make documents of this file (an establishment baseline, until its charter exists). */
        String notGenerable(String file);

        String writeFailed(OutputWriteException failure, Path folder);

        String warning(RenderWarning warning, Path target);

        /** A fault of ours while working on this file: the others go on. */
        String internal(RuntimeException fault);
    }

    private final Toolkit toolkit;
    private final Settings settings;
    private final Wording wording;

    public BatchRun(Toolkit toolkit, Settings settings, Wording wording) {
        this.toolkit = toolkit;
        this.settings = settings;
        this.wording = wording;
    }

    /**
     * Works through {@code files} (relative to the folder, in the order to start them) and returns their
     * outcomes in that order.
     */
    public List<FileOutcome> run(List<Path> files, Listener listener) throws InterruptedException {
        Map<Path, Path> folders = OutputFolders.of(files);
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < outcomes.length && !Thread.currentThread().isInterrupted();
                    i = next.getAndIncrement()) {
                Path relative = files.get(i);
                outcomes[i] = one(relative, folders.get(relative));
                synchronized (listener) {
                    listener.done(outcomes[i], done.incrementAndGet(), outcomes.length);
                }
            }
        };
        int threads = Math.min(settings.jobs(), Math.max(1, files.size()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "charte-ia-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(executor.submit(worker));
            }
            for (Future<?> future : workers) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // only an Error gets here (out of memory…): per-file faults are reported with the file
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            executor.shutdownNow();
        }
        return List.of(outcomes);
    }

    private FileOutcome one(Path relative, Path outputFolder) {
        String path = slashed(relative);
        CheckedQuestionnaire checked;
        try {
            checked = check(settings.folder().resolve(relative));
        } catch (RuntimeException fault) {
            return new Outcome(path, FileKind.SERVICE, Facts.none()).failed(wording.internal(fault));
        }
        FileReport report = checked.report();
        Outcome outcome = new Outcome(path, checked.isEstablishment() || isEstablishmentText(checked)
                ? FileKind.ESTABLISHMENT : FileKind.SERVICE, Facts.of(checked));
        outcome.report = report;
        if (!checked.valid()) {
            return outcome.build(report.readable() ? Verdict.ERRORS : Verdict.UNREADABLE);
        }
        Path target = settings.out().resolve(outputFolder);
        try {
            DocumentSet documents = toolkit.render(checked, List.of(DocumentKind.values()), settings.formats());
            for (Path written : toolkit.write(documents, target)) {
                outcome.written.add(slashed(settings.out().relativize(written)));
            }
            documents.warnings().forEach(warning ->
                    outcome.notes.add(wording.warning(warning, target.resolve(warning.fileName()))));
        } catch (GenerationRefused refusal) {
            return outcome.failed(wording.refused(refusal));
        } catch (OutputWriteException failure) {
            return outcome.failed(wording.writeFailed(failure, target));
        } catch (IllegalArgumentException notGenerable) {
            return outcome.failed(wording.notGenerable(path));
        } catch (RuntimeException fault) {
            return outcome.failed(wording.internal(fault));
        }
        return outcome.build(report.warnings() > 0 ? Verdict.WARNINGS : Verdict.VALID);
    }

    /** The one place a file is checked: a department's baseline path cannot lead outside the folder given. */
    private CheckedQuestionnaire check(Path file) {
        return toolkit.validate(file, settings.folder(), settings.language());
    }

    /** An establishment file with errors is still counted as one, from its schema line. */
    private static boolean isEstablishmentText(CheckedQuestionnaire checked) {
        return checked.source().length > 0
                && QuestionnaireKind.of(checked.source()) == QuestionnaireKind.ESTABLISHMENT;
    }

    static String slashed(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /** An outcome being put together by one worker. */
    private static final class Outcome {
        private final String path;
        private final FileKind kind;
        private final Facts facts;
        private FileReport report;
        private final List<String> written = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Outcome(String path, FileKind kind, Facts facts) {
            this.path = path;
            this.kind = kind;
            this.facts = facts;
        }

        FileOutcome failed(String why) {
            written.clear(); // a department is written all or none
            return build(Verdict.ERRORS, Optional.of(why));
        }

        FileOutcome build(Verdict verdict) {
            return build(verdict, Optional.empty());
        }

        private FileOutcome build(Verdict verdict, Optional<String> failure) {
            return new FileOutcome(path, kind, facts.department(), facts.unit(), facts.reference(), facts.version(),
                    facts.effectiveDate(), facts.reviewDate(), verdict, report == null ? 0 : report.errors(),
                    report == null ? 0 : report.warnings(), report == null ? List.of() : report.findings(), written,
                    failure, notes, facts.grants());
        }
    }

    /**
     * Each questionnaire's sub-folder of the output folder: its path under the folder given, without the
     * extension ({@code pole-a/urgences.yaml} → {@code pole-a/urgences}); when two files of one folder
     * differ only by their extension, each keeps it ({@code urgences-yaml}, {@code urgences-json}).
     */
    static final class OutputFolders {
        private OutputFolders() {
        }

        static Map<Path, Path> of(List<Path> files) {
            Map<Path, Integer> uses = new HashMap<>();
            files.forEach(file -> uses.merge(stem(file), 1, Integer::sum));
            Map<Path, Path> folders = new HashMap<>();
            for (Path file : files) {
                Path stem = stem(file);
                folders.put(file, uses.get(stem) == 1 ? stem
                        : sibling(file, file.getFileName().toString().replace('.', '-')));
            }
            return folders;
        }

        private static Path stem(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return sibling(file, dot > 0 ? name.substring(0, dot) : name + "-documents");
        }

        private static Path sibling(Path file, String name) {
            return file.getParent() == null ? Path.of(name) : file.getParent().resolve(name);
        }
    }
}

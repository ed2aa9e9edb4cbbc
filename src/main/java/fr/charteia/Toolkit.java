package fr.charteia;

import fr.charteia.compose.ComposedDocument;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.SourceDateEpoch;
import fr.charteia.output.FileSet;
import fr.charteia.output.WriteFailure;
import fr.charteia.validation.QuestionnaireValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one way to drive charte-ia: check questionnaires, render a department's charter and sheet,
 * write them. It holds what is expensive to build (the validator, compiled templates, fonts, the
 * stylesheet), so build one and reuse it: it is thread-safe. The command line, the batch mode and the
 * web questionnaire are clients of it.
 *
 * <pre>{@code
 * try (Toolkit toolkit = Toolkit.create()) {
 *     CheckedQuestionnaire checked = toolkit.validate(Path.of("urgences.yaml"), Locale.FRENCH);
 *     if (checked.valid()) {
 *         DocumentSet documents = toolkit.render(checked, List.of(DocumentKind.values()), List.of(OutputFormat.values()));
 *         toolkit.write(documents, Path.of("out"));
 *     }
 * }
 * }</pre>
 *
 * <p>A department's charter and sheet are made in parallel, and several departments at once by
 * {@link #renderInOrder}, on a pool of one thread per core.
 */
public final class Toolkit implements AutoCloseable {

    private final ForkJoinPool pool;
    private final CompletableFuture<QuestionnaireValidator> validator;
    private final QuestionnaireChecking checking;
    private final TimestampSetting timestamp;
    private final Optional<Path> templates;
    private DocumentSetRenderer renderer;

    private Toolkit(Builder builder) {
        this.pool = new ForkJoinPool(builder.threads);
        // Bootstrapping Hibernate Validator costs a few hundred milliseconds on a cold start: it runs
        // while the first questionnaire is read.
        this.validator = CompletableFuture.supplyAsync(QuestionnaireValidator::new, pool);
        this.checking = new QuestionnaireChecking(() -> joined(validator));
        this.timestamp = builder.timestamp.orElseGet(Builder::fromEnvironment);
        this.templates = builder.templates;
        if (builder.prepareRendering) {
            pool.execute(() -> renderer().warmUp());
        }
    }

    /** A toolkit with the shipped templates, dating files as {@code SOURCE_DATE_EPOCH} says. */
    public static Toolkit create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads and validates a questionnaire file, and reads the logo it names (relative to its folder).
     * An establishment baseline ({@code charte-ia-etablissement/1}) comes back with
     * {@link CheckedQuestionnaire#establishment()} when valid. A department naming a baseline may reach
     * it within the working directory when the file is under it, else within the file's own folder.
     */
    public CheckedQuestionnaire validate(Path file, Locale language) {
        return checking.check(file, language);
    }

    /**
     * The same for a file found in a folder tree (a batch's {@code DIR}): the baseline a department
     * names must be inside {@code tree}, real paths compared (a symbolic link leading out is refused).
     * Baselines are read and checked once per file (and again only if the file changes), whatever the
     * number of departments and threads.
     */
    public CheckedQuestionnaire validate(Path file, Path tree, Locale language) {
        return checking.check(file, tree, language);
    }

    /** Loads and validates many files on every core; the results are in the order of {@code files}. */
    public List<CheckedQuestionnaire> validateAll(List<Path> files, Locale language) {
        CheckedQuestionnaire[] checked = new CheckedQuestionnaire[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < checked.length; i = next.getAndIncrement()) {
                checked[i] = validate(files.get(i), language);
            }
        };
        // the calling thread takes its share: the pool may be busy preparing the renderers
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(files.size(), pool.getParallelism()); i++) {
            helpers.add(CompletableFuture.runAsync(work, pool));
        }
        work.run();
        helpers.forEach(Toolkit::joined);
        return List.of(checked);
    }

    /** Loads and validates a questionnaire already in memory. */
    public CheckedQuestionnaire validate(QuestionnaireSource source, Locale language) {
        return checking.check(source, language);
    }

    /**
     * The names of the files {@link #render} would make, without rendering anything.
     *
     * @throws GenerationRefused when the templates cannot be read
     */
    public List<String> fileNames(CheckedQuestionnaire checked, Collection<DocumentKind> documents,
            Collection<OutputFormat> formats) {
        return renderer().fileNames(checked, documents, formats);
    }

    /**
     * The Markdown of one document and what its writers print around it (cartouche, header, footer,
     * properties): to proofread, preview, or adapt the templates.
     *
     * @throws GenerationRefused when a template prevents it
     * @throws IllegalArgumentException when the questionnaire has errors
     */
    public ComposedDocument compose(CheckedQuestionnaire checked, DocumentKind document) {
        return renderer().compose(checked, document);
    }

    /**
     * The XHTML document the PDF writer lays out for one document, print stylesheet inlined, logo as
     * a data URI, every user text escaped: a preview that is what prints. A sheet comes at the
     * tightening its PDF gets (found by laying it out, without drawing it).
     *
     * @throws GenerationRefused when a template or the layout prevents it
     * @throws IllegalArgumentException when the questionnaire has errors
     */
    public String preview(CheckedQuestionnaire checked, DocumentKind document) {
        return renderer().preview(checked, document);
    }

    /**
     * A department's documents in memory; charter and sheet are made in parallel.
     *
     * @param checked a questionnaire without errors ({@link CheckedQuestionnaire#valid()}); for an
     *     establishment baseline, only its charter is made (it has no sheet)
     * @param documents which documents, made in the order of {@link DocumentKind}
     * @param formats which files of each, in the order given
     * @throws GenerationRefused when a template or the environment prevents it
     * @throws IllegalArgumentException when the questionnaire has errors
     */
    public DocumentSet render(CheckedQuestionnaire checked, Collection<DocumentKind> documents,
            Collection<OutputFormat> formats) {
        return renderer().render(checked, documents, formats);
    }

    /**
     * Renders many departments, several at a time, and hands each department's documents to
     * {@code handler} in the order of {@code checked}, as soon as they and those before them are ready.
     * Only a few departments are held in memory at once, whatever their number. A failure stops the
     * run: departments not yet handed over are dropped.
     */
    public void renderInOrder(List<CheckedQuestionnaire> checked, Collection<DocumentKind> documents,
            Collection<OutputFormat> formats, Consumer<DocumentSet> handler) {
        if (checked.size() == 1) {
            // one department: its charter on this thread, its sheet on the pool
            handler.accept(render(checked.get(0), documents, formats));
            return;
        }
        int window = pool.getParallelism() + 1;
        Deque<CompletableFuture<DocumentSet>> pending = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < checked.size() || !pending.isEmpty()) {
                while (next < checked.size() && pending.size() < window) {
                    CheckedQuestionnaire department = checked.get(next++);
                    pending.add(CompletableFuture.supplyAsync(() -> render(department, documents, formats), pool));
                }
                handler.accept(joined(pending.poll()));
            }
        } finally {
            pending.forEach(future -> future.cancel(false));
        }
    }

    /**
     * Writes every file of the set into {@code folder}, all or none: each file is complete or absent,
     * and the set never mixes new files with previous ones. A folder or a write-protected file at a
     * target name is not replaced; a symbolic link is replaced, never followed. Returns the paths in order.
     *
     * @throws OutputWriteException when the set cannot be written; the folder then holds exactly what
     *                              it held before
     */
    public List<Path> write(DocumentSet documents, Path folder) throws OutputWriteException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (RenderedFile file : documents.files()) {
            files.put(folder.resolve(file.fileName()), file.bytes());
        }
        try {
            FileSet.write(files);
        } catch (WriteFailure e) {
            throw new OutputWriteException(e);
        }
        return List.copyOf(files.keySet());
    }

    /**
     * Checks, before anything is rendered or written, that none of {@code targets} is a folder, a
     * write-protected file, or under a file where a folder should be.
     */
    public void checkWritable(Collection<Path> targets) throws OutputWriteException {
        try {
            FileSet.check(targets);
        } catch (WriteFailure e) {
            throw new OutputWriteException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (validator.isDone() && !validator.isCompletedExceptionally()) {
            validator.join().close();
        } else {
            validator.thenAccept(QuestionnaireValidator::close);
        }
    }

    /**
     * The renderer, built on first use: the writers' classes take a while to initialise, which a run
     * that only validates does not need.
     */
    private synchronized DocumentSetRenderer renderer() {
        if (renderer == null) {
            renderer = new DocumentSetRenderer(templates, timestamp, pool);
        }
        return renderer;
    }

    /** The value of a future, with the task's own exception rethrown as it was raised. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How to build a toolkit: which templates, how to date the files, how many threads. */
    public static final class Builder {

        private Optional<Path> templates = Optional.empty();
        private Optional<TimestampSetting> timestamp = Optional.empty();
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean prepareRendering;

        private Builder() {
        }

        /** Adapted templates: a folder with {@code fr/} and/or {@code en/}; what it lacks comes from the shipped ones. */
        public Builder templates(Path folder) {
            this.templates = Optional.of(folder);
            return this;
        }

        /**
         * Dates every file at this instant, as {@code SOURCE_DATE_EPOCH} would; by default the variable decides.
         *
         * @throws IllegalArgumentException for an instant before 1970 or after 9999, which documents cannot carry
         */
        public Builder timestamp(Instant instant) {
            if (!SourceDateEpoch.accepts(instant)) {
                throw new IllegalArgumentException("files are dated from 1970 to " + SourceDateEpoch.LATEST + ", not " + instant);
            }
            this.timestamp = Optional.of(new TimestampSetting(Optional.of(instant), Optional.empty()));
            return this;
        }

        /**
         * Starts preparing the renderers at once, in the background (layout engine, fonts, Word library,
         * templates): a run that will render documents then does that work while its questionnaires
         * are checked, instead of before its first document.
         */
        public Builder prepareRendering() {
            this.prepareRendering = true;
            return this;
        }

        /** Threads for rendering; by default one per core. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one thread, not " + count);
            }
            this.threads = count;
            return this;
        }

        public Toolkit build() {
            return new Toolkit(this);
        }

        private static TimestampSetting fromEnvironment() {
            try {
                return new TimestampSetting(SourceDateEpoch.fromEnvironment(), Optional.empty());
            } catch (SourceDateEpoch.Refused e) {
                // the value alone: the command line words the reason in the user's language
                return new TimestampSetting(Optional.empty(), Optional.of(e.shownValue()));
            }
        }
    }

    /**
     * The instant files are dated at, if not their effective date; or the {@code SOURCE_DATE_EPOCH}
     * value that cannot be used (reported when rendering, since checking a questionnaire does not need it).
     */
    record TimestampSetting(Optional<Instant> instant, Optional<String> problem) {
    }
}

package fr.charteia.templatecheck;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import fr.charteia.compose.MarkdownMustacheFactory;
import fr.charteia.compose.TemplateSet;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Markdown factory of the documents, escaping included, with codes that remember where they
 * come from: which sections had their body rendered (to find dead text), and where in the output each
 * tag began writing (to bring a rendered Markdown line back to its template line). Unlike the
 * documents' factory it does not stop at the first mistake: a raw tag or a missing partial is noted
 * as a problem and compiling goes on, so that every mistake of a file is reported at once.
 */
final class CheckingMustacheFactory extends MarkdownMustacheFactory {

    private final TemplateSet templates;
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Set<Tagged> rendered = new HashSet<>();
    private final List<Mark> marks = new ArrayList<>();

    private final Messages messages;

    CheckingMustacheFactory(TemplateSet templates, Messages messages) {
        super(templates);
        this.templates = templates;
        this.messages = messages;
    }

    /** A tag of a template: the template's name and line, and what it names. */
    record Tagged(String file, int line, String name, boolean inverted) {
    }

    /** Where a tag began writing: an offset of the rendered text, the template and line it comes from. */
    record Mark(int offset, String file, int line) {
    }

    List<TemplateProblem> compileProblems() {
        return problems;
    }

    Set<Tagged> rendered() {
        return rendered;
    }

    /** The marks of the last rendering, in the order they were written. */
    List<Mark> marks() {
        return marks;
    }

    void startRendering() {
        marks.clear();
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new StrictVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                if (!encoded) {
                    problems.add(messages.rawTag(tc.file(), tc.line(), variable));
                }
                list.add(new CheckedValue(tc, df, variable));
            }

            @Override
            public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new CheckedSection(tc, df, mustache, variable));
            }

            @Override
            public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new CheckedInverted(tc, df, mustache, variable));
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                CheckedPartial partial = new CheckedPartial(new TemplateContext("{{", "}}", tc.file(), tc.line(),
                        tc.startOfLine()), df, variable);
                if (templates.getReader(partial.path()) == null) {
                    problems.add(messages.missingPartial(tc.file(), tc.line(), variable, partial.path()));
                    return;
                }
                list.add(partial);
            }
        };
    }

    private void mark(Writer writer, TemplateContext tc) {
        if (writer instanceof StringWriter out) {
            marks.add(new Mark(out.getBuffer().length(), tc.file(), tc.line()));
        }
    }

    /** A tag whose template and line the check reads back from the compiled tree. */
    interface Located extends Code {
        TemplateContext context();
    }

    final class CheckedValue extends ValueCode implements Located {
        CheckedValue(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable, true);
        }

        @Override
        public TemplateContext context() {
            return tc;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw new MustacheException(messages.unknownAtRender("{{" + name + "}}"), tc);
            }
            mark(writer, tc);
            return super.execute(writer, scopes);
        }
    }

    final class CheckedSection extends IterableCode implements Located {
        CheckedSection(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public TemplateContext context() {
            return tc;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw new MustacheException(messages.unknownAtRender("{{#" + name + "}}"), tc);
            }
            return super.execute(writer, scopes);
        }

        @Override
        public Writer next(Writer writer, Object next, List<Object> scopes) {
            rendered.add(new Tagged(tc.file(), tc.line(), name, false));
            mark(writer, tc);
            return super.next(writer, next, scopes);
        }
    }

    final class CheckedInverted extends NotIterableCode implements Located {
        CheckedInverted(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public TemplateContext context() {
            return tc;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw new MustacheException(messages.unknownAtRender("{{^" + name + "}}"), tc);
            }
            return super.execute(writer, scopes);
        }

        @Override
        public Writer next(Writer writer, Object next, List<Object> scopes) {
            rendered.add(new Tagged(tc.file(), tc.line(), name, true));
            mark(writer, tc);
            return super.next(writer, next, scopes);
        }
    }

    final class CheckedPartial extends PartialCode implements Located {
        CheckedPartial(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable);
        }

        @Override
        public TemplateContext context() {
            return tc;
        }

        /** The name of the partial's file, as the resolver is asked for it. */
        String path() {
            return partialName();
        }

        /** The partial's compiled template, once the including template is compiled. */
        Mustache compiled() {
            return partial;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            mark(writer, tc);
            return super.execute(writer, scopes);
        }
    }
}

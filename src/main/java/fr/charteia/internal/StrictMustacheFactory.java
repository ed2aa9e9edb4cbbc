package fr.charteia.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import java.io.Writer;
import java.util.List;

/**
 * Mustache that never prints a silent blank: a value or section whose name resolves to nothing is
 * an error naming the tag, the template and the line, and raw tags ({@code {{{x}}}},
 * {@code {{& x}}}) are refused when a template is compiled, so every value goes through
 * {@link #encode}. Subclasses choose the escaping of their output kind (YAML, Markdown).
 */
public abstract class StrictMustacheFactory extends DefaultMustacheFactory {

    protected StrictMustacheFactory(String resourceRoot) {
        super(resourceRoot);
    }

    protected StrictMustacheFactory(MustacheResolver resolver) {
        super(resolver);
    }

    @Override
    public abstract void encode(String value, Writer writer);

    /** What the escaping is for, in French, quoted in the message refusing a raw tag (« mise entre guillemets pour YAML »). */
    protected abstract String escapingPurpose();

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new StrictVisitor(this);
    }

    /** The code for a {@code {{value}}} tag; subclasses may give some names a meaning of their own. */
    protected ValueCode valueCode(TemplateContext tc, String variable, StrictVisitor visitor) {
        return new StrictValueCode(tc, this, variable);
    }

    /** Compiles tags into the strict codes. */
    protected static class StrictVisitor extends DefaultMustacheVisitor {

        private final StrictMustacheFactory factory;

        protected StrictVisitor(StrictMustacheFactory factory) {
            super(factory);
            this.factory = factory;
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            if (!encoded) {
                throw new Refusal("la balise brute {{{" + variable + "}}} ou {{& " + variable + "}} n'est pas admise : "
                        + "écrivez {{" + variable + "}}, pour que la valeur soit " + factory.escapingPurpose(), tc);
            }
            list.add(factory.valueCode(tc, variable, this));
        }

        @Override
        public void iterable(TemplateContext tc, String variable, Mustache mustache) {
            list.add(new StrictIterableCode(tc, df, mustache, variable));
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
            list.add(new StrictNotIterableCode(tc, df, mustache, variable));
        }
    }

    static MustacheException missing(String tag, String variable, TemplateContext tc) {
        return new Refusal("la balise " + tag + variable + "}} ne correspond à aucune valeur : vérifiez son orthographe "
                + "parmi les noms décrits dans templates/README.md", tc);
    }

    /**
     * A template refused by the strict rules, with a French reason that says what to write
     * instead; {@link #getContext()} gives the template file and line.
     */
    public static final class Refusal extends MustacheException {
        private final String reason;

        Refusal(String reason, TemplateContext tc) {
            super(reason, tc);
            this.reason = reason;
        }

        /** The French reason, without the place. */
        public String reason() {
            return reason;
        }
    }

    /** A {@code {{value}}} that must resolve to something. */
    protected static class StrictValueCode extends ValueCode {
        protected StrictValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable, true);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw missing("{{", name, tc);
            }
            return super.execute(writer, scopes);
        }
    }

    private static final class StrictIterableCode extends IterableCode {
        StrictIterableCode(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw missing("{{#", name, tc);
            }
            return super.execute(writer, scopes);
        }
    }

    private static final class StrictNotIterableCode extends NotIterableCode {
        StrictNotIterableCode(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw missing("{{^", name, tc);
            }
            return super.execute(writer, scopes);
        }
    }
}

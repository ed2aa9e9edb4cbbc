package fr.charteia.starter;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mustache for YAML output. Every {@code {{value}}} is written as a YAML double-quoted scalar,
 * whatever it holds (quotes, colons, line breaks, {@code #}, {@code {{…}}}, control characters),
 * so a template can never be broken by the text it receives. The one exception is a tag named
 * {@value #COMMENT}, which must follow {@code #} on its line: its text is written as comment lines,
 * each further line repeating the template's own prefix (for example {@code "    # "}).
 *
 * <p>The templates are strict: raw tags ({@code {{{x}}}}, {@code {{& x}}}) are refused when the
 * template is compiled, and a value or section whose name resolves to nothing is an error naming
 * the tag and its template line, never a silent blank.
 */
final class YamlMustacheFactory extends DefaultMustacheFactory {

    /** Name of the tag written as YAML comment text instead of a quoted scalar. */
    static final String COMMENT = "comment";

    private static final Pattern COMMENT_PREFIX = Pattern.compile(" *# ?");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

    YamlMustacheFactory(String resourceRoot) {
        super(resourceRoot);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(doubleQuoted(value));
        } catch (IOException e) {
            throw new MustacheException("Cannot write the template output", e);
        }
    }

    /**
     * A YAML double-quoted scalar that reads back as exactly {@code value}. Backslash, double quote
     * and every character that YAML would not keep as printed (control characters, line breaks
     * including NEL, LS and PS, the byte-order mark, non-characters, lone surrogates) are escaped.
     */
    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    if (isPlainPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp <= 0xFFFF) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\U%08X", cp));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * Comment text: one line per line of {@code value}, the lines after the first starting with
     * {@code prefix}. Characters a YAML reader would refuse or read as a line break are replaced
     * by a space, so the text can never leave the comment.
     */
    static String commentText(String value, String prefix) {
        String[] lines = LINE_BREAK.split(value, -1);
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < lines.length; i++) {
            StringBuilder line = new StringBuilder(lines[i].length());
            lines[i].codePoints().forEach(cp -> line.appendCodePoint(isPlainPrintable(cp) ? cp : ' '));
            String text = line.toString().stripTrailing();
            if (i > 0) {
                out.append('\n').append(text.isEmpty() ? prefix.stripTrailing() : prefix);
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Printable in YAML (1.1 and 1.2) and not a line break, so safe to write as it is. */
    private static boolean isPlainPrintable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new StrictYamlVisitor(this);
    }

    /** Compiles the template tags into the strict, YAML-encoding codes. */
    private static final class StrictYamlVisitor extends DefaultMustacheVisitor {

        /** Template text written since the last line break of this (section) body. */
        private final StringBuilder lineSoFar = new StringBuilder();

        StrictYamlVisitor(DefaultMustacheFactory factory) {
            super(factory);
        }

        @Override
        public void write(TemplateContext tc, String text) {
            int lastBreak = text.lastIndexOf('\n');
            if (lastBreak >= 0) {
                lineSoFar.setLength(0);
            }
            lineSoFar.append(text, lastBreak + 1, text.length());
            super.write(tc, text);
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            if (!encoded) {
                throw new MustacheException("Raw tag for \"" + variable
                        + "\" is not allowed: write {{" + variable + "}} so the value is quoted for YAML", tc);
            }
            if (COMMENT.equals(variable)) {
                String prefix = lineSoFar.toString();
                if (!COMMENT_PREFIX.matcher(prefix).matches()) {
                    throw new MustacheException("{{" + COMMENT + "}} must follow \"#\" at the start of its line, not \""
                            + prefix + "\"", tc);
                }
                list.add(new CommentCode(tc, df, variable, prefix));
            } else {
                list.add(new StrictValueCode(tc, df, variable));
            }
            lineSoFar.append('\0'); // a value on this line: a {{comment}} after it has no valid prefix
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

    private static MustacheException missing(String tag, String variable, TemplateContext tc) {
        return new MustacheException("No value for " + tag + variable + "}}", tc);
    }

    private static class StrictValueCode extends ValueCode {
        StrictValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable) {
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

    private static final class CommentCode extends StrictValueCode {
        private final String prefix;

        CommentCode(TemplateContext tc, DefaultMustacheFactory df, String variable, String prefix) {
            super(tc, df, variable);
            this.prefix = prefix;
        }

        @Override
        protected void execute(Writer writer, String value) throws IOException {
            writer.write(commentText(value, prefix));
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

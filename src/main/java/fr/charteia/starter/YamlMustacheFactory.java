package fr.charteia.starter;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import fr.charteia.internal.StrictMustacheFactory;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mustache for YAML output. Every {@code {{value}}} is written as a YAML double-quoted scalar,
 * whatever it holds (quotes, colons, line breaks, {@code #}, {@code {{…}}}, control characters),
 * so a template can never be broken by the text it receives. The one exception is a tag named
 * {@value #COMMENT}, which must follow {@code #} on its line: its text is written as comment lines,
 * each further line repeating the template's own prefix (for example {@code "    # "}).
 *
 * <p>The templates are strict (see {@link StrictMustacheFactory}).
 */
final class YamlMustacheFactory extends StrictMustacheFactory {

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
    protected String escapingPurpose() {
        return "mise entre guillemets pour YAML";
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new YamlVisitor(this);
    }

    /** Tracks the template text of the current line, so {{comment}} can repeat its "#" prefix. */
    private static final class YamlVisitor extends StrictVisitor {

        /** Template text written since the last line break of this (section) body. */
        private final StringBuilder lineSoFar = new StringBuilder();

        YamlVisitor(YamlMustacheFactory factory) {
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
            if (encoded && COMMENT.equals(variable)) {
                String prefix = lineSoFar.toString();
                if (!COMMENT_PREFIX.matcher(prefix).matches()) {
                    throw new MustacheException("{{" + COMMENT + "}} must follow \"#\" at the start of its line, not \""
                            + prefix + "\"", tc);
                }
                list.add(new CommentCode(tc, df, variable, prefix));
            } else {
                super.value(tc, variable, encoded);
            }
            lineSoFar.append('\0'); // a value on this line: a {{comment}} after it has no valid prefix
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
}

package fr.charteia.templatecheck;

import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.LinkPolicy;
import fr.charteia.document.MarkupException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds in a rendered Markdown what the Word and PDF writers do not support or print badly, and
 * brings each back to its template line. Mapping a rendered line back is exact when the line is
 * literal text of a template (it is then looked for in the file, near the estimate); otherwise it is
 * the line of the last tag that wrote before it, plus the lines written since: exact within a section
 * body, off by the standalone tag lines Mustache removes in between.
 */
final class MarkdownCheck {

    /** The directives of templates/README.md, the only raw HTML a template may write. */
    private static final Set<String> DIRECTIVES = Set.of("<!-- toc -->", "<!-- pagebreak -->", "<!-- cartouche -->",
            "<!-- signatures -->", "<!-- compact -->", "<!-- columns -->", "<!-- /columns -->");
    private static final Pattern MARK = Pattern.compile("<mark class=\"[a-z]+\">|</mark>");
    private static final Pattern RENDERED_LINE = Pattern.compile("at line (\\d+) of the rendered Markdown");
    private static final int DEEPEST_HEADING = 3;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final DocumentParser documents = new DocumentParser();
    private final Messages messages;

    MarkdownCheck(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param template the top-level template rendered
     * @param sources each template's text by name, to find literal lines
     */
    List<TemplateProblem> check(String markdown, DocumentMeta meta, String input, String template,
            List<CheckingMustacheFactory.Mark> marks, Function<String, String> sources) {
        List<TemplateProblem> problems = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        LineMap map = new LineMap(markdown, lines, marks, template, sources);
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                add(image, "image", image.getDestination());
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() > DEEPEST_HEADING) {
                    add(heading, "heading", heading.getLevel());
                }
                visitChildren(heading);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                add(code, "fencedCode", "");
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                add(code, "indentedCode", "");
            }

            @Override
            public void visit(HtmlBlock html) {
                String literal = html.getLiteral().strip();
                if (!DIRECTIVES.contains(literal.toLowerCase(Locale.ROOT))) {
                    add(html, "htmlBlock", firstLine(literal));
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (!MARK.matcher(html.getLiteral()).matches()) {
                    add(html, "htmlInline", html.getLiteral());
                }
            }

            @Override
            public void visit(Link link) {
                if (!LinkPolicy.isClickable(link.getDestination())) {
                    add(link, "link", link.getDestination());
                }
                visitChildren(link);
            }

            private void add(Node node, String what, Object detail) {
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
                problems.add(map.problem(line, what, String.valueOf(detail), input));
            }
        });
        if (problems.isEmpty()) {
            try {
                documents.parse(markdown, meta);
            } catch (MarkupException e) {
                Matcher at = RENDERED_LINE.matcher(String.valueOf(e.getMessage()));
                int line = at.find() ? Integer.parseInt(at.group(1)) - 1 : 0;
                problems.add(map.problem(line, "refused", String.valueOf(e.getMessage()), input));
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + "…";
    }

    /** Brings a line of the rendered Markdown back to a template and line. */
    private final class LineMap {
        private final String markdown;
        private final String[] lines;
        private final List<CheckingMustacheFactory.Mark> marks;
        private final String template;
        private final Function<String, String> sources;

        LineMap(String markdown, String[] lines, List<CheckingMustacheFactory.Mark> marks, String template,
                Function<String, String> sources) {
            this.markdown = markdown;
            this.lines = lines;
            this.marks = marks;
            this.template = template;
            this.sources = sources;
        }

        TemplateProblem problem(int renderedLine, String what, String detail, String input) {
            int start = 0;
            for (int i = 0; i < renderedLine && i < lines.length; i++) {
                start += lines[i].length() + 1;
            }
            String file = template;
            int estimate = renderedLine + 1;
            for (CheckingMustacheFactory.Mark mark : marks) {
                if (mark.offset() > start) {
                    break;
                }
                file = mark.file();
                estimate = mark.line() + newlines(mark.offset(), start);
            }
            String text = renderedLine < lines.length ? lines[renderedLine].strip() : "";
            return messages.markdown(file, literalLine(file, text, estimate), what, detail, input);
        }

        private int newlines(int from, int to) {
            int n = 0;
            for (int i = from; i < to && i < markdown.length(); i++) {
                if (markdown.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }

        /** The template line holding {@code text} as it is, nearest the estimate; the estimate otherwise. */
        private int literalLine(String file, String text, int estimate) {
            String source = sources.apply(file);
            if (source == null || text.isEmpty()) {
                return estimate;
            }
            String[] templateLines = source.split("\n", -1);
            int best = -1;
            for (int i = 0; i < templateLines.length; i++) {
                if (templateLines[i].strip().equals(text) && (best < 0 || Math.abs(i + 1 - estimate) < Math.abs(best - estimate))) {
                    best = i + 1;
                }
            }
            return best > 0 ? best : estimate;
        }
    }
}

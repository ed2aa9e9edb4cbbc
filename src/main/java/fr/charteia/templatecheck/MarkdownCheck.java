package fr.charteia.templatecheck;

import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.LinkPolicy;
import fr.charteia.document.MarkupException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                add(image, "image « " + image.getDestination() + " »", "une image ne s'insère pas par le modèle : le seul "
                        + "visuel est le logo, donné par organisation.logo dans le questionnaire");
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() > DEEPEST_HEADING) {
                    add(heading, "titre de niveau " + heading.getLevel(), "les documents n'ont que trois niveaux de titre "
                            + "(#, ##, ###) : il serait imprimé comme un titre de niveau 3, écrivez ### ou du texte en gras");
                }
                visitChildren(heading);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                add(code, "bloc de code", "il serait imprimé en police à chasse fixe, sans mise en forme : retirez les « ``` » "
                        + "et écrivez du texte courant");
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                add(code, "bloc de code (ligne en retrait de quatre espaces)", "il serait imprimé en police à chasse fixe : "
                        + "retirez le retrait en tête de ligne");
            }

            @Override
            public void visit(HtmlBlock html) {
                String literal = html.getLiteral().strip();
                if (!DIRECTIVES.contains(literal.toLowerCase(Locale.ROOT))) {
                    add(html, "bloc HTML « " + firstLine(literal) + " »", "seules les directives de templates/README.md "
                            + "(<!-- toc -->, <!-- pagebreak -->, <!-- columns -->…) sont admises : écrivez du Markdown");
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (!MARK.matcher(html.getLiteral()).matches()) {
                    add(html, "HTML « " + html.getLiteral() + " » dans le texte", "seul <mark class=\"…\"> est admis : "
                            + "écrivez du Markdown (**gras**, *italique*)");
                }
            }

            @Override
            public void visit(Link link) {
                if (!LinkPolicy.isClickable(link.getDestination())) {
                    add(link, "lien vers « " + link.getDestination() + " »", "seuls les liens http(s):// et mailto: sont "
                            + "cliquables ; celui-ci serait imprimé comme du texte seul, donnez une adresse web complète");
                }
                visitChildren(link);
            }

            private void add(Node node, String what, String fix) {
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
                problems.add(map.problem(line, Messages.markdown(what, input, fix)));
            }
        });
        if (problems.isEmpty()) {
            try {
                documents.parse(markdown, meta);
            } catch (MarkupException e) {
                Matcher at = RENDERED_LINE.matcher(String.valueOf(e.getMessage()));
                int line = at.find() ? Integer.parseInt(at.group(1)) - 1 : 0;
                problems.add(map.problem(line, Messages.markdown("balisage refusé (" + e.getMessage() + ")", input,
                        "suivez les conventions de templates/README.md")));
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + "…";
    }

    /** Brings a line of the rendered Markdown back to a template and line. */
    private static final class LineMap {
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

        TemplateProblem problem(int renderedLine, String message) {
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
            return new TemplateProblem(file, literalLine(file, text, estimate), message);
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

    static Map<String, String> none() {
        return Map.of();
    }
}

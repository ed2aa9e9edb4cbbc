package fr.charteia.templatecheck;

/**
 * One thing wrong in a template: the file as the templates name it ({@code fr/sheet.md.mustache}),
 * its line (0 when the problem is the file's as a whole), its kind, and the sentence saying what
 * and how to fix it.
 */
public record TemplateProblem(String file, int line, ProblemKind kind, String message) {

    /** {@code fr/sheet.md.mustache:12: variable inconnue …}, as the command prints it. */
    public String format() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

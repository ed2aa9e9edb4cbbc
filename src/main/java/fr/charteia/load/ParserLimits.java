package fr.charteia.load;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fr.charteia.load.LoadFailure.Reason;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value past the parser's limits (a number of a thousand digits, a key longer than a page): what
 * it is, how long, and where, found again in the text since the parser does not say where.
 */
final class ParserLimits {

    private static final Pattern EXCEEDS = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private ParserLimits() {
    }

    static LoadFailure failure(String file, String text, StreamConstraintsException e) {
        Matcher limit = EXCEEDS.matcher(String.valueOf(e.getOriginalMessage()));
        if (!limit.find()) {
            return new LoadFailure(file, Reason.TOO_LARGE, Optional.empty(),
                    List.of(String.valueOf(text.length()), String.valueOf(QuestionnaireLoader.MAX_BYTES)));
        }
        String what = limit.group(1);
        List<String> lengths = List.of(limit.group(2), limit.group(3));
        Optional<SourcePosition> where = JsonSyntaxDiagnosis.position(e);
        if (what.startsWith("Number")) {
            return new LoadFailure(file, Reason.NUMBER_TOO_LONG,
                    where.or(() -> firstRun(text, "[0-9.eE+-]{" + (Integer.parseInt(limit.group(3)) + 1) + ",}")), lengths);
        }
        if (what.startsWith("Name")) {
            return new LoadFailure(file, Reason.KEY_TOO_LONG, where, lengths);
        }
        if (what.startsWith("String")) {
            return new LoadFailure(file, Reason.TEXT_TOO_LONG, where, lengths);
        }
        if (what.contains("nesting depth")) {
            return new LoadFailure(file, Reason.TOO_DEEP, where, List.of(String.valueOf(QuestionnaireLoader.MAX_DEPTH)));
        }
        return new LoadFailure(file, Reason.TOO_LARGE, where,
                List.of(String.valueOf(text.length()), String.valueOf(QuestionnaireLoader.MAX_BYTES)));
    }

    private static Optional<SourcePosition> firstRun(String text, String regex) {
        Matcher run = Pattern.compile(regex).matcher(text);
        if (!run.find()) {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < run.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new SourcePosition(line, run.start() - lineStart + 1));
    }
}

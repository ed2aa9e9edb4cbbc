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
        String max = limit.group(3);
        // the parser counts what it had read when it stopped; the value itself is found in the text
        String longer = "{" + (Integer.parseInt(max) + 1) + ",}";
        if (what.startsWith("Number")) {
            return tooLong(file, Reason.NUMBER_TOO_LONG, text, "[0-9.eE+-]" + longer, limit.group(2), max);
        }
        // a key or text that long holds no quote, bracket or line break: the first such run is the one
        if (what.startsWith("Name")) {
            return tooLong(file, Reason.KEY_TOO_LONG, text, "[^\\s\"'\\[\\]{}:,]" + longer, limit.group(2), max);
        }
        if (what.startsWith("String")) {
            return tooLong(file, Reason.TEXT_TOO_LONG, text, "[^\"\\n]" + longer, limit.group(2), max);
        }
        Optional<SourcePosition> where = JsonSyntaxDiagnosis.position(e);
        if (what.contains("nesting depth")) {
            return new LoadFailure(file, Reason.TOO_DEEP, where, List.of(String.valueOf(QuestionnaireLoader.MAX_DEPTH)));
        }
        return new LoadFailure(file, Reason.TOO_LARGE, where,
                List.of(String.valueOf(text.length()), String.valueOf(QuestionnaireLoader.MAX_BYTES)));
    }

    private static LoadFailure tooLong(String file, Reason reason, String text, String regex, String counted, String max) {
        Matcher run = Pattern.compile(regex).matcher(text);
        if (!run.find()) {
            return new LoadFailure(file, reason, Optional.empty(), List.of(counted, max));
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < run.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new LoadFailure(file, reason, Optional.of(new SourcePosition(line, run.start() - lineStart + 1)),
                List.of(String.valueOf(run.end() - run.start()), max));
    }
}

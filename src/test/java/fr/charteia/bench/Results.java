package fr.charteia.bench;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of one benchmark run: what {@link Report} writes as Markdown and JSON.
 *
 * @param command how charte-ia was started, e.g. {@code target/charte-ia}
 * @param office LibreOffice's version; empty when it is absent and its side was skipped
 * @param warm the JMH figures; empty with {@code warmSkipped} saying why when not measured
 * @param thousand the 1,000-department run, unless skipped
 * @param thousandFiles how many files that run left in its folder
 * @param scale the questionnaires at the limits and the shapes of issue 13, cold
 */
record Results(
        ZonedDateTime started,
        String loadAtStart,
        String loadAtEnd,
        Machine machine,
        List<String> command,
        Optional<String> office,
        List<WarmRun.Figure> warm,
        Optional<String> warmSkipped,
        Series generateOne,
        Series validateOne,
        Series officeOne,
        Series generateTwenty,
        Series officeTwenty,
        Optional<ProcessRun> thousand,
        long thousandFiles,
        List<ScaleRun> scale) {

    static final int ONE_RUNS = 5;
    static final int TWENTY = 20;
    static final int TWENTY_RUNS = 3;
    static final int THOUSAND = 1000;
    static final String THOUSAND_HEAP = "-Xmx512m";

    Optional<WarmRun.Figure> warmFigure(String name) {
        return warm.stream().filter(figure -> figure.name().equals(name)).findFirst();
    }
}

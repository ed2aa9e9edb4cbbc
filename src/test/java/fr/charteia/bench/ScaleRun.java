package fr.charteia.bench;

/**
 * One large questionnaire timed cold (issue 13): {@code validate}, then {@code generate} when the
 * questionnaire is valid (an over-limit one is refused, so there is nothing to make).
 *
 * @param shape what the questionnaire holds, in words
 */
record ScaleRun(String shape, ProcessRun validate, java.util.Optional<ProcessRun> generate) {

    /** The shapes measured: at every limit, and the shapes of the defects reported in issue 13. */
    static final java.util.List<LargeQuestionnaires> SHAPES = java.util.List.of(
            LargeQuestionnaires.atTheLimits(),
            new LargeQuestionnaires(5, 1000, 5, 5, 1, 5, 1000, 5, 0, false),
            new LargeQuestionnaires(5, 500, 500, 5, 4, 5, 500, 500, 0, false),
            new LargeQuestionnaires(500, 5, 5, 20, 200, 500, 5, 5, 0, false),
            new LargeQuestionnaires(50, 50, 50, 10, 200, 50, 50, 50, 200, true));
}

package fr.charteia.cli;

/** The process exit codes, listed in {@code --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int UNREADABLE_OR_USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

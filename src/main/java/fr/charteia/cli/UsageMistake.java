package fr.charteia.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A command line our own checks refuse (an empty folder), already worded for the user. */
final class UsageMistake extends ParameterException {

    private static final long serialVersionUID = 1L;

    UsageMistake(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}

package fr.charteia.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one sentence in the user's language, built from what the
 * exception carries (the missing parameter, the unknown word and picocli's suggestions, the refused
 * value and the accepted ones), then one line naming the help to read. Never picocli's English,
 * never the whole usage.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    private final Launcher launcher;

    ParameterErrors(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        Texts texts = Texts.of(languageOf(args));
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(message(exception, texts, args));
        err.println(texts.get("usage.hint", launcher.with(helpWords(commandLine))));
        err.flush();
        return ExitCodes.UNREADABLE_OR_USAGE;
    }

    /**
     * The language asked for with {@code --lang}, read from the raw words: the line did not parse, so
     * the option may not have been bound.
     */
    static Locale languageOf(String[] args) {
        List<String> words = Arrays.asList(args);
        for (int i = 0; i < words.size(); i++) {
            String value = words.get(i).equals("--lang") && i + 1 < words.size() ? words.get(i + 1)
                    : words.get(i).startsWith("--lang=") ? words.get(i).substring("--lang=".length()) : null;
            if ("en".equals(value)) {
                return Locale.ENGLISH;
            }
        }
        return Texts.defaultLanguage();
    }

    static String message(ParameterException exception, Texts texts) {
        return message(exception, texts, new String[0]);
    }

    /** The sentence for {@code exception}, raised while parsing {@code args}. */
    static String message(ParameterException exception, Texts texts, String[] args) {
        if (exception instanceof UsageMistake) {
            return exception.getMessage();
        }
        Optional<String> dashed = fileNameTakenForAnOption(exception, args);
        if (dashed.isPresent()) {
            return texts.get("usage.dashFileName", dashed.get(), commandName(exception.getCommandLine()));
        }
        if (exception instanceof MissingParameterException missing) {
            ArgSpec first = missing.getMissing().get(0);
            return first instanceof OptionSpec option
                    ? texts.get("usage.missingValue", option.longestName(), option.paramLabel())
                    : texts.get("usage.missingParameter", first.paramLabel(), commandName(missing.getCommandLine()));
        }
        if (exception instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, texts);
        }
        if (exception instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return texts.get("usage.repeated", option.longestName());
        }
        if (exception instanceof MaxValuesExceededException) {
            return texts.get("usage.tooMany", commandName(exception.getCommandLine()));
        }
        ArgSpec argument = exception.getArgSpec();
        if (argument != null && exception.getValue() != null && undecodedFileName(exception)) {
            return texts.get("usage.undecodedFileName", exception.getValue());
        }
        if (argument != null && exception.getValue() != null) {
            // a value picocli could not convert: an enum outside its constants, mostly
            String name = argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
            List<String> accepted = argument.completionCandidates() == null ? List.of()
                    : StreamSupport.stream(argument.completionCandidates().spliterator(), false).toList();
            return accepted.isEmpty() ? texts.get("usage.badValue", name, exception.getValue())
                    : texts.get("usage.badChoice", name, exception.getValue(), String.join(", ", accepted));
        }
        // picocli's own sentence is English and may name Java types (java.util.ArrayList<java.nio.file.Path>)
        if (argument != null) {
            String name = argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
            return texts.get("usage.otherAbout", name);
        }
        return texts.get("usage.other");
    }

    /**
     * A word starting with a dash that names a questionnaire rather than an option ({@code -x.yaml}):
     * picocli reads it as an unknown option, then finds the files missing.
     */
    static Optional<String> fileNameTakenForAnOption(ParameterException exception, String[] args) {
        if (!(exception instanceof MissingParameterException missing && !(missing.getMissing().get(0) instanceof OptionSpec))
                && !(exception instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption())) {
            return Optional.empty();
        }
        CommandLine commandLine = exception.getCommandLine();
        List<String> words = exception instanceof UnmatchedArgumentException unmatched ? unmatched.getUnmatched()
                : Arrays.asList(args).subList(0, Math.max(0, Arrays.asList(args).indexOf("--") < 0 ? args.length
                        : Arrays.asList(args).indexOf("--")));
        return words.stream()
                .filter(word -> word.length() > 1 && word.startsWith("-") && !word.equals("--"))
                .filter(word -> !commandLine.getCommandSpec().optionsMap().containsKey(word.split("=", 2)[0]))
                .filter(word -> QuestionnaireFiles.isQuestionnaireName(word.substring(1)) || word.toLowerCase(Locale.ROOT).endsWith(".pdf")
                        || word.toLowerCase(Locale.ROOT).endsWith(".docx") || isFile(word))
                .findFirst();
    }

    private static boolean isFile(String word) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(word));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * A file name the JVM could not decode: under a locale that is not UTF-8 ({@code LANG=C}), the
     * accented letters of the command line arrive as U+FFFD and no file can have that name.
     */
    static boolean undecodedFileName(ParameterException exception) {
        Throwable cause = exception.getCause();
        boolean notAPath = cause instanceof java.nio.file.InvalidPathException
                || cause != null && cause.getCause() instanceof java.nio.file.InvalidPathException;
        return notAPath || String.valueOf(exception.getValue()).indexOf('\uFFFD') >= 0;
    }

    private static String unmatched(UnmatchedArgumentException exception, Texts texts) {
        String word = exception.getUnmatched().get(0);
        List<String> suggestions = exception.getSuggestions();
        String did = suggestions.isEmpty() ? "" : texts.get("usage.didYouMean", orList(suggestions, texts));
        if (exception.isUnknownOption()) {
            return texts.get("usage.unknownOption", word) + did;
        }
        if (!exception.getCommandLine().getSubcommands().isEmpty()) {
            return texts.get("usage.unknownCommand", word) + did;
        }
        return texts.get("usage.unexpected", word, commandName(exception.getCommandLine()));
    }

    /** "a", "a ou b", "a, b ou c". */
    private static String orList(List<String> words, Texts texts) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + texts.get("usage.or") + words.get(words.size() - 1);
    }

    /** {@code validate}, or the program's own name at the top. */
    private static String commandName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }

    /** The words after the launcher that show the help of the command the mistake was made in. */
    private static String[] helpWords(CommandLine commandLine) {
        String qualified = commandLine.getCommandSpec().qualifiedName();
        String root = commandLine.getCommandSpec().root().name();
        String path = qualified.substring(root.length()).strip();
        return (path.isEmpty() ? "--help" : path + " --help").split(" ");
    }
}

package fr.charteia.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The wording of the usage help in the language asked for with {@code --lang}: French by default. */
final class HelpTexts {

    /** Parameter labels are written in French on the annotations; picocli takes no label from a bundle. */
    private static final Map<String, String> ENGLISH_LABELS = Map.of(
            "FICHIER…", "FILE…", "FICHIER", "FILE", "DOSSIER", "FOLDER", "COMMANDE", "COMMAND",
            "ANCIEN", "OLD", "NOUVEAU", "NEW", "TITRE", "TITLE");

    private HelpTexts() {
    }

    /** Sets the help's wording, labels included, on the whole command hierarchy. */
    static void apply(CommandLine commandLine, Locale language) {
        commandLine.setResourceBundle(bundle(language));
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            englishLabels(commandLine);
        }
    }

    /**
     * Never falls back to the machine's locale: on an English system, a French run must still get
     * the French help (Help.properties is the French base; Help_en.properties overrides it).
     */
    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("fr.charteia.cli.Help", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void englishLabels(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            String label = ENGLISH_LABELS.get(option.paramLabel());
            if (label != null) {
                spec.remove(option);
                spec.addOption(option.toBuilder().paramLabel(label).build());
            }
        }
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            String label = ENGLISH_LABELS.get(positional.paramLabel());
            if (label != null) {
                spec.remove(positional);
                spec.addPositional(positional.toBuilder().paramLabel(label).build());
            }
        }
        commandLine.getSubcommands().values().forEach(HelpTexts::englishLabels);
    }
}

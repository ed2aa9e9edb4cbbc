package fr.charteia.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The words that start this program from the user's current folder: {@code java -jar
 * ../charte-ia/target/charte-ia.jar} when it runs from a jar, {@code charte-ia} otherwise (tests,
 * an IDE). Hints and the starter's comments name commands with it, so they can be pasted as they are.
 */
record Launcher(String command) {

    static final Launcher PLAIN = new Launcher("charte-ia");

    /** Set by the launcher script ({@code target/charte-ia}) to its own path. */
    static final String SCRIPT_PROPERTY = "charteia.launcher";

    /** The launcher script that started this JVM, or else the jar this class was loaded from, relative to the current folder. */
    static Launcher detect() {
        Optional<Path> script = Optional.ofNullable(System.getProperty(SCRIPT_PROPERTY)).filter(p -> !p.isBlank()).map(Path::of);
        if (script.isPresent()) {
            return ofScript(script.get(), Path.of(""));
        }
        return runningJar().map(jar -> ofJar(jar, Path.of(""))).orElse(PLAIN);
    }

    static Launcher ofScript(Path script, Path currentFolder) {
        return new Launcher(quoted(shown(script, currentFolder)));
    }

    static Launcher ofJar(Path jar, Path currentFolder) {
        return new Launcher("java -jar " + quoted(shown(jar, currentFolder)));
    }

    /** A path as the user would type it from {@code currentFolder}: relative, or absolute when that reads better. */
    private static String shown(Path file, Path currentFolder) {
        Path absoluteJar = file.toAbsolutePath().normalize();
        Path folder = currentFolder.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = folder.relativize(absoluteJar);
            if (climbsToTheRoot(shown, folder)) {
                shown = absoluteJar; // only the root in common: ../../../opt/x.jar reads worse than /opt/x.jar
            }
        } catch (IllegalArgumentException e) {
            shown = absoluteJar; // another drive: no relative path exists
        }
        // a script in the current folder runs as ./charte-ia, not charte-ia (which the shell looks up in PATH)
        return shown.getNameCount() == 1 && !shown.isAbsolute() && !shown.toString().endsWith(".jar")
                ? "." + java.io.File.separator + shown : shown.toString();
    }

    private static boolean climbsToTheRoot(Path relative, Path folder) {
        int ups = 0;
        while (ups < relative.getNameCount() && relative.getName(ups).toString().equals("..")) {
            ups++;
        }
        return folder.getNameCount() > 0 && ups == folder.getNameCount();
    }

    /** The command line for one subcommand and its arguments, e.g. {@code java -jar x.jar validate a.yaml}. */
    String with(String... words) {
        StringBuilder line = new StringBuilder(command);
        for (String word : words) {
            line.append(' ').append(quoted(word));
        }
        return line.toString();
    }

    /** A shell reads a path with spaces as several words unless it is quoted. */
    static String quoted(String word) {
        return word.chars().anyMatch(Character::isWhitespace) ? '"' + word + '"' : word;
    }

    private static Optional<Path> runningJar() {
        try {
            CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}

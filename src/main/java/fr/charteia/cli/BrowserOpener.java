package fr.charteia.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens an address in the user's browser, with the desktop's own command. */
final class BrowserOpener {

    private BrowserOpener() {
    }

    /** Empty when a browser was asked to open {@code address}, else why not. */
    static Optional<String> open(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.contains("mac") ? List.of("open", address.toString())
                : List.of("xdg-open", address.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}

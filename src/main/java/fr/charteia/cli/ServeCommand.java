package fr.charteia.cli;

import fr.charteia.Toolkit;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Ouvre le questionnaire guidé dans le navigateur : le service y répond étape par étape, voit ses "
                    + "constats au fil de la saisie, prévisualise sa charte et sa fiche, puis les télécharge en Word et en PDF.",
            "Chaque modification est enregistrée comme questionnaire YAML dans l'espace de travail. Offre aussi "
                    + "une API HTTP (POST /api/validate, POST /api/documents). Ctrl-C arrête le serveur."
        })
final class ServeCommand implements Callable<Integer> {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits nobody confuses when reading a code aloud (no 0/O, 1/l/I). */
    private static final String CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port d'écoute (0 : un port libre). Défaut : ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST, paramLabel = "ADRESSE",
            description = "Adresse d'écoute. Défaut : ${DEFAULT-VALUE} (cet ordinateur seulement). Avec 0.0.0.0 "
                    + "(salle de formation), un code d'accès est demandé à chaque navigateur.")
    String host;

    @Option(names = "--workspace", paramLabel = "DOSSIER",
            description = "Dossier des brouillons. Défaut : le dossier charte-ia de votre dossier personnel.")
    Path workspace;

    @Option(names = "--access-code", paramLabel = "CODE",
            description = "Code d'accès à demander (au moins 8 caractères). Sans cette option, un code est tiré au sort "
                    + "lorsque l'adresse n'est pas celle de cet ordinateur.")
    String accessCode;

    @Option(names = "--open", description = "Ouvre le navigateur sur le questionnaire une fois le serveur prêt.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Texts texts = Texts.of(Texts.defaultLanguage());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (accessCode != null && accessCode.strip().length() < 8) {
            err.println(texts.get("serve.codeTooShort"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Optional<String> code = Optional.ofNullable(accessCode).map(String::strip)
                .or(() -> ServeOptions.isLoopback(host) ? Optional.empty() : Optional.of(randomCode()));
        Path folder = workspace == null ? ServeOptions.defaultWorkspace() : workspace;
        Toolkit toolkit = Toolkit.builder().prepareRendering().build();
        WebServer server;
        try {
            server = WebServer.start(new ServeOptions(host, port, folder.toAbsolutePath(), code), toolkit);
        } catch (IOException e) {
            toolkit.close();
            err.println(texts.get("serve.workspaceProblem", folder, e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        } catch (RuntimeException e) {
            toolkit.close();
            if (causedBy(e, BindException.class)) {
                err.println(texts.get("serve.portBusy", host, port));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            err.println(texts.get("serve.cannotStart", host, port, e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            toolkit.close();
            stopped.countDown();
        }, "charte-ia-serve-stop"));
        out.println(texts.get("serve.started", server.address()));
        code.ifPresent(c -> out.println(texts.get("serve.accessCode", c)));
        out.println(texts.get("serve.workspace", folder.toAbsolutePath()));
        out.println(texts.get("serve.stop"));
        out.flush();
        if (open) {
            BrowserOpener.open(server.address()).ifPresent(problem -> {
                err.println(texts.get("serve.openFailed", server.address()));
                err.flush();
            });
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

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

    // --- the training room (issue 12) ---
    @Option(names = "--room", paramLabel = "TITRE",
            description = "Ouvre une salle de formation sous ce titre : les participants rejoignent la salle avec leur code, "
                    + "le formateur suit leur avancement et leurs réponses avec le sien. Une salle gardée dans l'espace de "
                    + "travail est rouverte telle quelle, avec ses codes.")
    String room;

    @Option(names = "--baseline", paramLabel = "FICHIER",
            description = "Socle d'établissement (charte-ia-etablissement/1) dont partent les questionnaires des participants "
                    + "de la salle. Vérifié avant l'ouverture : un socle en erreur est refusé.")
    Path baseline;

    @Option(names = "--templates", paramLabel = "DOSSIER",
            description = "Dossier de modèles adaptés de la salle (positionnement, satisfaction, situations des ateliers) ; "
                    + "ce qu'il n'a pas vient des modèles livrés.")
    Path templates;

    @Option(names = "--trainer-code", paramLabel = "CODE",
            description = "Code du formateur (au moins 8 caractères, différent de celui des participants). Sans cette option, "
                    + "il est tiré au sort.")
    String trainerCode;

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
        Path folder = workspace == null ? ServeOptions.defaultWorkspace() : workspace;
        Optional<RoomStart> roomStart;
        try {
            roomStart = roomStart(texts, err, folder.toAbsolutePath());
        } catch (RoomRefused e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        // a room asks for a code even on this computer: the trainer's pages must refuse the participants
        Optional<String> code = roomStart.map(r -> r.participantCode()).or(() -> Optional.ofNullable(accessCode)
                .map(String::strip).or(() -> ServeOptions.isLoopback(host) ? Optional.empty() : Optional.of(randomCode())));
        Toolkit toolkit = roomStart.flatMap(RoomStart::toolkit).orElseGet(() -> Toolkit.builder().prepareRendering().build());
        WebServer server;
        try {
            server = WebServer.start(new ServeOptions(host, port, folder.toAbsolutePath(), code,
                    roomStart.map(RoomStart::options)), toolkit);
        } catch (fr.charteia.compose.TemplateException e) {
            toolkit.close();
            err.println(texts.get("serve.room.templates", e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
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
        Thread hook = new Thread(() -> {
            server.close();
            toolkit.close();
            stopped.countDown();
        }, "charte-ia-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (roomStart.isPresent()) {
            RoomAnnouncement.print(out, texts, server, host, roomStart.get().options().title(), code.orElseThrow(),
                    roomStart.get().options().trainerCode());
        } else {
            out.println(texts.get("serve.started", server.address()));
            code.ifPresent(c -> out.println(texts.get("serve.accessCode", c)));
        }
        out.println(texts.get("serve.workspace", folder.toAbsolutePath()));
        out.println(texts.get("serve.stop"));
        out.flush();
        if (open) {
            BrowserOpener.open(server.address()).ifPresent(problem -> {
                err.println(texts.get("serve.openFailed", server.address()));
                err.flush();
            });
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped by the program that started it (a test), not by Ctrl-C: stop as Ctrl-C would
            Runtime.getRuntime().removeShutdownHook(hook);
            hook.run();
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * What a room starts with: its options, and the participants' code. A room kept in the workspace is
     * reopened with its own title and codes; a new one gets the codes given or drawn.
     */
    record RoomStart(fr.charteia.web.RoomOptions options, String participantCode, Optional<Toolkit> toolkit) {
    }

    private Optional<RoomStart> roomStart(Texts texts, PrintWriter err, Path folder) throws RoomRefused {
        if (room == null) {
            if (baseline != null || templates != null || trainerCode != null) {
                throw new RoomRefused(texts.get("serve.room.optionsWithoutRoom"));
            }
            return Optional.empty();
        }
        if (room.isBlank()) {
            throw new RoomRefused(texts.get("serve.room.blankTitle"));
        }
        if (trainerCode != null && trainerCode.strip().length() < 8) {
            throw new RoomRefused(texts.get("serve.room.trainerCodeTooShort"));
        }
        if (trainerCode != null && accessCode != null && trainerCode.strip().equals(accessCode.strip())) {
            throw new RoomRefused(texts.get("serve.room.sameCodes"));
        }
        if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
            throw new RoomRefused(texts.get("serve.room.templatesMissing", templates));
        }
        Optional<Toolkit> toolkit = Optional.empty();
        if (baseline != null) {
            Toolkit checking = Toolkit.builder().prepareRendering().build();
            try {
                RoomBaselineCheck.check(checking, baseline, texts);
            } catch (RoomRefused e) {
                checking.close();
                throw e;
            }
            toolkit = Optional.of(checking);
        }
        Optional<fr.charteia.room.Room> kept;
        try {
            kept = fr.charteia.room.RoomStore.read(folder).filter(r -> !r.isClosed());
        } catch (IOException e) {
            toolkit.ifPresent(Toolkit::close);
            throw new RoomRefused(texts.get("serve.room.unreadable", folder.resolve("salle").resolve("salle.json"),
                    e.getMessage()));
        }
        String participant;
        String trainer;
        String title;
        if (kept.isPresent()) {
            participant = kept.get().codes().participant();
            trainer = kept.get().codes().trainer();
            title = kept.get().title();
            err.println(texts.get("serve.room.reopened", title, folder));
            if (!title.equals(room.strip())) {
                err.println(texts.get("serve.room.otherTitle", room.strip()));
            }
            if (accessCode != null || trainerCode != null) {
                err.println(texts.get("serve.room.keptCodes"));
            }
            err.flush();
        } else {
            participant = accessCode == null ? randomCode() : accessCode.strip();
            String drawn = trainerCode == null ? randomCode() : trainerCode.strip();
            while (drawn.equals(participant)) {
                drawn = randomCode();
            }
            trainer = drawn;
            title = room.strip();
        }
        return Optional.of(new RoomStart(new fr.charteia.web.RoomOptions(title, trainer,
                Optional.ofNullable(baseline).map(Path::toAbsolutePath), Optional.ofNullable(templates)), participant, toolkit));
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

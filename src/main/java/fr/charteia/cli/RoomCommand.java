package fr.charteia.cli;

import fr.charteia.Toolkit;
import fr.charteia.compose.TemplateSet;
import fr.charteia.room.RoomClosing;
import fr.charteia.room.RoomStore;
import fr.charteia.web.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charte-ia room}: the training room opened by {@code serve --room}. */
@Command(name = "room", mixinStandardHelpOptions = true, subcommands = RoomCommand.Close.class)
final class RoomCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code charte-ia room close [--workspace DOSSIER] [--keep]}. */
    @Command(name = "close", mixinStandardHelpOptions = true,
            description = {
                "Écrit l'archive de la session (documents de chaque participant et rapport) dans salle/export de l'espace "
                        + "de travail, ferme la salle, puis supprime les brouillons et les réponses personnelles des "
                        + "participants, sauf avec --keep.",
                "Un serveur charte-ia serve --room encore ouvert sur la salle s'en aperçoit et ne prend plus de réponse."
            })
    static final class Close implements Callable<Integer> {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        @Option(names = "--workspace", paramLabel = "DOSSIER",
                description = "Espace de travail de la salle (celui de charte-ia serve --room). Défaut : le dossier charte-ia "
                        + "de votre dossier personnel.")
        Path workspace;

        @Option(names = "--keep", description = "Conserve les brouillons et les réponses personnelles des participants.")
        boolean keep;

        @Option(names = "--templates", paramLabel = "DOSSIER",
                description = "Dossier de modèles adaptés donné à serve --room (questions et situations du rapport).")
        Path templates;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Texts texts = Texts.of(Texts.defaultLanguage());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path folder = (workspace == null ? ServeOptions.defaultWorkspace() : workspace).toAbsolutePath();
            try {
                if (RoomStore.read(folder).isEmpty()) {
                    err.println(texts.get("room.none", folder));
                    return ExitCodes.UNREADABLE_OR_USAGE;
                }
            } catch (IOException e) {
                err.println(texts.get("serve.room.unreadable", folder.resolve(RoomStore.FOLDER).resolve("salle.json"),
                        e.getMessage()));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            TemplateSet set = templates == null ? TemplateSet.shipped() : TemplateSet.overriddenBy(templates);
            try (Toolkit toolkit = Toolkit.create()) {
                RoomClosing.Closed closed = RoomClosing.close(folder, toolkit, keep, set);
                out.println(texts.get("room.closed", closed.title()));
                out.println(texts.get("room.archive", closed.archive()));
                out.println(closed.kept() ? texts.get("room.kept", closed.participants())
                        : texts.get("room.deleted", closed.draftsDeleted(), closed.participants()));
                out.flush();
                return ExitCodes.OK;
            } catch (RoomClosing.NoRoom e) {
                if (e.closed().isPresent()) {
                    err.println(texts.get("room.alreadyClosed", folder, DATE.format(e.closed().get()
                            .atZone(ZoneId.systemDefault())), folder.resolve(RoomStore.FOLDER).resolve(RoomClosing.EXPORT_FOLDER)));
                } else {
                    err.println(texts.get("room.none", folder));
                }
                return ExitCodes.UNREADABLE_OR_USAGE;
            } catch (IOException e) {
                err.println(texts.get("room.archiveFailed", e.getMessage(), folder.resolve(RoomStore.FOLDER)));
                return ExitCodes.UNREADABLE_OR_USAGE;
            } catch (fr.charteia.compose.TemplateException e) {
                err.println(texts.get("serve.room.templates", e.getMessage()));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
    }
}

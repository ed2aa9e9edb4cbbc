package fr.charteia.web.browser;

import fr.charteia.Toolkit;
import fr.charteia.web.RoomOptions;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** {@code charte-ia serve} started in the test's JVM on a free loopback port, on a given workspace. */
final class ServerUnderTest implements AutoCloseable {

    private final Toolkit toolkit;
    private final WebServer server;

    private ServerUnderTest(Toolkit toolkit, WebServer server) {
        this.toolkit = toolkit;
        this.server = server;
    }

    static ServerUnderTest start(Path workspace) {
        return start(workspace, Optional.empty());
    }

    static ServerUnderTest start(Path workspace, Optional<String> accessCode) {
        Toolkit toolkit = Toolkit.create();
        try {
            return new ServerUnderTest(toolkit,
                    WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, accessCode), toolkit));
        } catch (IOException e) {
            toolkit.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            toolkit.close();
            throw e;
        }
    }

    /**
     * {@code charte-ia serve --room}: the trainer's room on loopback, with the participants' code, the
     * trainer's and, optionally, an establishment baseline.
     */
    static ServerUnderTest startRoom(Path workspace, String participantCode, RoomOptions room) {
        Toolkit toolkit = Toolkit.create();
        try {
            return new ServerUnderTest(toolkit, WebServer.start(new ServeOptions("127.0.0.1", 0, workspace,
                    Optional.of(participantCode), Optional.of(room)), toolkit));
        } catch (IOException e) {
            toolkit.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            toolkit.close();
            throw e;
        }
    }

    /** {@code path} on this server, e.g. {@code "/"}. */
    URI at(String path) {
        return server.address().resolve(path);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            toolkit.close();
        }
    }
}

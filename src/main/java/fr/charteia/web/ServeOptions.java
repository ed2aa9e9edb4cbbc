package fr.charteia.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the server is started.
 *
 * @param host the address it listens on; a loopback address keeps it to this computer
 * @param port 0 for any free port
 * @param workspace where drafts are kept
 * @param accessCode asked of every browser and API client; empty only when listening on loopback. In a
 *     room, the participants' code
 * @param room the training room to open, if the server is the trainer's room
 */
public record ServeOptions(String host, int port, Path workspace, Optional<String> accessCode, Optional<RoomOptions> room) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServeOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (accessCode.isEmpty() && !isLoopback(host)) {
            throw new IllegalArgumentException("an access code is required on " + host);
        }
        if (room.isPresent() && accessCode.isEmpty()) {
            throw new IllegalArgumentException("a room needs the participants' access code");
        }
    }

    /** The questionnaire server alone, without a room. */
    public ServeOptions(String host, int port, Path workspace, Optional<String> accessCode) {
        this(host, port, workspace, accessCode, Optional.empty());
    }

    /** The workspace used when none is given: a folder in the user's home. */
    public static Path defaultWorkspace() {
        return Path.of(System.getProperty("user.home"), "charte-ia");
    }

    /** Whether {@code host} only reaches this computer (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Only this computer can connect. */
    public boolean local() {
        return isLoopback(host);
    }
}

package fr.charteia.web.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses participants type to reach the room: the one the server listens on, or, when it
 * listens on every interface (0.0.0.0), each IPv4 address this computer has on a network.
 */
public final class PosterAddresses {

    private PosterAddresses() {
    }

    /** The hosts to type for a server listening on {@code host}; empty when it listens everywhere but no network is up. */
    public static List<String> hosts(String host) {
        if (!isWildcard(host)) {
            return List.of(host);
        }
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        found.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // no interface could be listed: the caller says that no network address was found
        }
        return List.copyOf(found);
    }

    /** Whether the server listens on every interface. */
    public static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The participants' login page on {@code host}. */
    public static String loginAddress(String host, int port) {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port + "/login";
    }

    /**
     * What the QR code holds: the participants' login page with their code, which the page then shows
     * filled in. The code is no secret from the room (the poster prints it in large letters); scanning
     * saves typing it on a phone.
     */
    public static String joinLink(String host, int port, String participantCode) {
        return loginAddress(host, port) + "?code=" + java.net.URLEncoder.encode(participantCode,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The trainer's login page on {@code host}. */
    public static String trainerAddress(String host, int port) {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port + "/formateur/connexion";
    }
}

package fr.charteia.cli;

import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import fr.charteia.web.room.PosterAddresses;
import fr.charteia.web.room.PosterQrCode;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code serve --room} prints once the room is open: its title, the address participants type (as
 * a QR code too), both codes, and the trainer's page.
 */
final class RoomAnnouncement {

    private RoomAnnouncement() {
    }

    static void print(PrintWriter out, Texts texts, WebServer server, String host, String title, String participantCode,
            String trainerCode) {
        int port = server.port();
        List<String> hosts = PosterAddresses.hosts(host);
        boolean local = ServeOptions.isLoopback(host);
        out.println(texts.get("serve.room.started", title));
        if (hosts.isEmpty()) {
            out.println(texts.get("serve.room.noNetwork"));
            hosts = List.of("127.0.0.1");
        }
        String address = PosterAddresses.loginAddress(hosts.get(0), port);
        out.println(texts.get("serve.room.address", address));
        for (String other : hosts.subList(1, hosts.size())) {
            out.println(texts.get("serve.room.otherAddress", PosterAddresses.loginAddress(other, port)));
        }
        if (local) {
            out.println(texts.get("serve.room.localOnly"));
        }
        out.println(texts.get("serve.room.participantCode", participantCode));
        out.println(texts.get("serve.room.trainerCode", trainerCode));
        String trainerHost = PosterAddresses.isWildcard(host) ? "127.0.0.1" : host;
        out.println(texts.get("serve.room.trainerPage", PosterAddresses.trainerAddress(trainerHost, port)));
        out.println(texts.get("serve.room.poster", PosterAddresses.trainerAddress(trainerHost, port)
                .replace("/formateur/connexion", "/formateur/affiche")));
        out.println(texts.get("serve.room.qr", address));
        out.print(PosterQrCode.of(PosterAddresses.joinLink(hosts.get(0), port, participantCode)).terminal());
    }
}

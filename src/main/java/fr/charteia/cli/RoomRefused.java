package fr.charteia.cli;

/** A room the command line will not open or close, with the message that says why and what to do. */
final class RoomRefused extends Exception {

    private static final long serialVersionUID = 1L;

    RoomRefused(String message) {
        super(message);
    }
}

package fr.charteia.web;

/**
 * One browser's session, carried by a cookie the server signed.
 *
 * @param owner whose drafts this browser sees: {@code local} for everyone on a server that listens on
 *     loopback, else a value derived from the cookie that nobody else can hold
 * @param csrf the token every form of this session must send back
 * @param unlocked whether the access code was given (always true without an access code)
 * @param trainer whether the room's trainer code was given: the trainer's pages ({@code /formateur}) are
 *     open to this session alone; it is not a participant's session ({@code unlocked} is false)
 */
public record Session(String owner, String csrf, boolean unlocked, boolean trainer) {

    public static final String LOCAL_OWNER = "local";

    /** A questionnaire or participant session: not the trainer's. */
    public Session(String owner, String csrf, boolean unlocked) {
        this(owner, csrf, unlocked, false);
    }
}

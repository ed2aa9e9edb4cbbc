package fr.charteia.web;

/**
 * One browser's session, carried by a cookie the server signed.
 *
 * @param owner whose drafts this browser sees: {@code local} for everyone on a server that listens on
 *     loopback, else a value derived from the cookie that nobody else can hold
 * @param csrf the token every form of this session must send back
 * @param unlocked whether the access code was given (always true without an access code)
 */
public record Session(String owner, String csrf, boolean unlocked) {

    public static final String LOCAL_OWNER = "local";
}

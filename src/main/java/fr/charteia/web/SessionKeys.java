package fr.charteia.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks session cookies, and derives each session's form token and owner. The key is kept
 * in the workspace, so sessions and drafts survive a restart; a new access code makes every earlier
 * cookie worthless.
 */
final class SessionKeys {

    static final String COOKIE = "charteia_session";
    private static final String KEY_FILE = ".server-key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Optional<String> accessCode;
    private final Optional<String> trainerCode;
    private final boolean shared;

    private SessionKeys(byte[] key, Optional<String> accessCode, Optional<String> trainerCode, boolean shared) {
        this.key = key.clone();
        this.accessCode = accessCode;
        this.trainerCode = trainerCode;
        this.shared = shared;
    }

    /** Reads the workspace's key, creating it on first start. */
    static SessionKeys in(Path workspace, Optional<String> accessCode, boolean shared) throws IOException {
        return in(workspace, accessCode, Optional.empty(), shared);
    }

    /** The same for a room: {@code trainerCode} opens the trainer's session level. */
    static SessionKeys in(Path workspace, Optional<String> accessCode, Optional<String> trainerCode, boolean shared)
            throws IOException {
        Path file = workspace.resolve(KEY_FILE);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(workspace);
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Path temporary = Files.createTempFile(workspace, KEY_FILE, ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the workspace's own permissions protect it
            }
            Files.write(temporary, BASE64.encode(fresh));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        byte[] key = Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        return new SessionKeys(key, accessCode, trainerCode, shared);
    }

    /** A new session's cookie value; {@code unlocked} once the access code was given. */
    String newCookie(boolean unlocked) {
        return newCookie(unlocked ? Level.UNLOCKED : Level.LOCKED);
    }

    /** A new session's cookie value at {@code level}; the trainer's only when the server has a trainer code. */
    String newCookie(Level level) {
        if (level == Level.TRAINER && trainerCode.isEmpty()) {
            throw new IllegalStateException("no trainer code on this server");
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return cookie(BASE64.encodeToString(token), level);
    }

    /** The session a cookie stands for, if the server signed it with the current access code. */
    Optional<Session> session(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.", -1);
        Optional<Level> level = Level.of(parts.length == 3 ? parts[1] : "");
        if (parts.length != 3 || level.isEmpty() || parts[0].length() != 43
                || (level.get() == Level.TRAINER && trainerCode.isEmpty())) {
            return Optional.empty();
        }
        String expected = cookie(parts[0], level.get());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), cookie.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String token = parts[0];
        String owner = shared ? Session.LOCAL_OWNER : HexFormat.of().formatHex(mac("owner|" + token), 0, 16);
        boolean trainer = level.get() == Level.TRAINER;
        return Optional.of(new Session(owner, BASE64.encodeToString(mac("csrf|" + token)),
                !trainer && (accessCode.isEmpty() || level.get() == Level.UNLOCKED), trainer));
    }

    /** Whether {@code given} is the access code, compared in constant time. */
    boolean isAccessCode(String given) {
        return sameCode(accessCode, given);
    }

    boolean hasTrainerCode() {
        return trainerCode.isPresent();
    }

    /** Whether {@code given} is the room's trainer code, compared in constant time. */
    boolean isTrainerCode(String given) {
        return sameCode(trainerCode, given);
    }

    /** Whether {@code given}, spaces around it aside, is {@code code}: compared in constant time. */
    private static boolean sameCode(Optional<String> code, String given) {
        return code.isPresent() && given != null && MessageDigest.isEqual(
                code.get().getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a form token is this session's, compared in constant time. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private String cookie(String token, Level level) {
        // the trainer's cookies also sign the trainer code: a new trainer code makes them worthless
        String codes = level == Level.TRAINER ? accessCode.orElse("") + "|" + trainerCode.orElseThrow()
                : accessCode.orElse("");
        return token + "." + level.mark + "." + BASE64.encodeToString(mac("session|" + token + "|" + level.mark + "|"
                + codes));
    }

    /** What a session's cookie lets it do: nothing yet, the participants' pages, or the trainer's. */
    enum Level {
        LOCKED("a"), UNLOCKED("u"), TRAINER("t");

        final String mark;

        Level(String mark) {
            this.mark = mark;
        }

        static Optional<Level> of(String mark) {
            for (Level level : values()) {
                if (level.mark.equals(mark)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

package fr.charteia.room;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.output.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The room's state file, {@code salle/salle.json} in the workspace. Every change is read, applied and
 * written whole (temporary file, then rename) under a lock shared with {@code charte-ia room close}, so
 * a crash or a second process never leaves half a room. The server keeps the room in memory and reads
 * the file again only when another process changed it.
 */
public final class RoomStore {

    /** The room's folder in the workspace: its state, the baseline copy, the export. */
    public static final String FOLDER = "salle";
    static final String FILE = "salle.json";
    private static final String LOCK = ".salle.lock";
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path folder;
    private Room room;
    private Object written;

    private RoomStore(Path folder, Room room, Object written) {
        this.folder = folder;
        this.room = room;
        this.written = written;
    }

    /** The room kept in {@code workspace}, if one was opened there. */
    public static Optional<Room> read(Path workspace) throws IOException {
        Path file = workspace.resolve(FOLDER).resolve(FILE);
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), Room.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The workspace's room, opened with {@code fresh} when there is none yet. */
    public static RoomStore open(Path workspace, Supplier<Room> fresh) throws IOException {
        Path folder = workspace.resolve(FOLDER);
        Files.createDirectories(folder);
        try (FileLock lock = lock(folder)) {
            Optional<Room> kept = read(workspace);
            Room room = kept.orElseGet(fresh);
            if (kept.isEmpty()) {
                AtomicFiles.write(folder.resolve(FILE), JSON.writeValueAsBytes(room));
            }
            return new RoomStore(folder, room, version(folder.resolve(FILE)));
        }
    }

    /** The room's folder: {@code salle/} of the workspace. */
    public Path folder() {
        return folder;
    }

    /** The room as it stands; read again when another process changed the file. */
    public synchronized Room room() throws IOException {
        Object onDisk = version(folder.resolve(FILE));
        if (!onDisk.equals(written)) {
            room = JSON.readValue(Files.readAllBytes(folder.resolve(FILE)), Room.class);
            written = onDisk;
        }
        return room;
    }

    /** Applies {@code change} to the room as it stands on disk, writes it whole, and returns it. */
    public synchronized Room update(UnaryOperator<Room> change) throws IOException {
        try (FileLock lock = lock(folder)) {
            Room current = room();
            Room next = change.apply(current);
            if (!next.equals(current)) {
                AtomicFiles.write(folder.resolve(FILE), JSON.writeValueAsBytes(next));
                written = version(folder.resolve(FILE));
                room = next;
            }
            return room;
        }
    }

    /**
     * What tells one written version of the file from another: its time and, since every write renames a
     * new file in place, its file key (the inode), for two writes within one tick of the file system's clock.
     */
    private static Object version(Path file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                java.nio.file.attribute.BasicFileAttributes.class);
        return java.util.Arrays.asList(attributes.lastModifiedTime(), attributes.fileKey(), attributes.size());
    }

    private static FileLock lock(Path folder) throws IOException {
        // a file lock is per process: two stores of one JVM (a server and a test's room close) take turns here first
        IN_PROCESS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ChannelLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            IN_PROCESS.unlock();
            throw e;
        }
    }

    /** A lock that closes its channel when released. */
    private static final class ChannelLock extends FileLock {

        private final FileLock lock;

        ChannelLock(FileChannel channel, FileLock lock) {
            super(channel, 0, Long.MAX_VALUE, false);
            this.lock = lock;
        }

        @Override
        public boolean isValid() {
            return lock.isValid();
        }

        @Override
        public void release() throws IOException {
            try {
                lock.release();
                channel().close();
            } finally {
                IN_PROCESS.unlock();
            }
        }
    }
}

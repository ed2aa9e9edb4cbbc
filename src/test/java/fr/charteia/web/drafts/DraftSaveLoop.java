package fr.charteia.web.drafts;

import java.nio.file.Path;

/**
 * Saves one draft over and over, alternating two questionnaires, and prints « saved » after each
 * save: {@link DraftStoreCrashTest} kills it with SIGKILL in the middle. Arguments: the folder, the id,
 * and the two files to alternate.
 */
public final class DraftSaveLoop {

    private DraftSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        DraftStore store = new DraftStore(Path.of(args[0]));
        DraftId id = DraftId.parse(args[1]).orElseThrow();
        byte[][] versions = {java.nio.file.Files.readAllBytes(Path.of(args[2])),
                java.nio.file.Files.readAllBytes(Path.of(args[3]))};
        for (int i = 0; ; i++) {
            store.save(id, versions[i % 2]);
            System.out.println("saved");
            System.out.flush();
        }
    }
}

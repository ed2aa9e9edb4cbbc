package fr.charteia.starter;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
    @Test
    void print() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/starter-out.yaml"),
                StarterQuestionnaire.render(LocalDate.of(2027, 1, 1)));
    }
}

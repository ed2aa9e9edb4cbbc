package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Commands are named as the user can type them from the folder they are in. */
class LauncherTest {

    @Test
    void jarIsNamedRelativeToTheCurrentFolder() {
        Path jar = Path.of("/home/cadre/outils/charte-ia/target/charte-ia.jar");

        assertThat(Launcher.ofJar(jar, Path.of("/home/cadre/services")).command())
                .isEqualTo("java -jar ../outils/charte-ia/target/charte-ia.jar");
        assertThat(Launcher.ofJar(jar, Path.of("/home/cadre/outils/charte-ia")).command())
                .isEqualTo("java -jar target/charte-ia.jar");
        assertThat(Launcher.ofJar(jar, Path.of("/tmp")).command())
                .isEqualTo("java -jar /home/cadre/outils/charte-ia/target/charte-ia.jar");
    }

    @Test
    void theLauncherScriptIsNamedAsTheUserTypesIt() {
        Path script = Path.of("/home/cadre/charte-ia/target/charte-ia");

        assertThat(Launcher.ofScript(script, Path.of("/home/cadre/charte-ia")).command()).isEqualTo("target/charte-ia");
        assertThat(Launcher.ofScript(script, Path.of("/home/cadre/charte-ia/target")).command()).isEqualTo("./charte-ia");
        assertThat(Launcher.ofScript(script, Path.of("/home/cadre/services")).command()).isEqualTo("../charte-ia/target/charte-ia");
        assertThat(Launcher.ofScript(script, Path.of("/home/cadre/charte-ia")).with("validate", "mon service.yaml"))
                .isEqualTo("target/charte-ia validate \"mon service.yaml\"");
    }

    @Test
    void pathsWithSpacesAreQuoted() {
        Launcher launcher = Launcher.ofJar(Path.of("/srv/mes outils/charte-ia.jar"), Path.of("/srv"));

        assertThat(launcher.with("validate", "mon service.yaml"))
                .isEqualTo("java -jar \"mes outils/charte-ia.jar\" validate \"mon service.yaml\"");
    }

    @Test
    void outsideAJarTheProgramIsNamedPlainly() {
        // the tests run from target/classes, not from a jar
        assertThat(Launcher.detect()).isEqualTo(Launcher.PLAIN);
        assertThat(Launcher.PLAIN.with("init")).isEqualTo("charte-ia init");
    }
}

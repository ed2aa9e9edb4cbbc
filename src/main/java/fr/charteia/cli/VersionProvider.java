package fr.charteia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar, so {@code --version} cannot drift from the pom. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/fr/charteia/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"charte-ia " + properties.getProperty("version", "(version inconnue)"),
            "Format de questionnaire : charte-ia/1"};
    }
}

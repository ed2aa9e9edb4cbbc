package fr.charteia.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules, run in the page the browser shows. The script goes in through
 * WebDriver's script execution, which the page's Content-Security-Policy does not govern, so the
 * policy under test stays exactly what users get.
 */
final class Axe {

    /** One broken rule and the elements that break it. */
    record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        boolean seriousOrWorse() {
            return SERIOUS.contains(impact);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n    " + String.join("\n    ", targets) + "\n    " + helpUrl;
        }
    }

    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(results => done(results.violations.map(v => ({
                   id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                   targets: v.nodes.map(n => n.target.join(' ') + '  ' + n.html)}))))
               .catch(e => done('axe failed: ' + e));
            """;

    private static String source;

    private Axe() {
    }

    /** The violations of the current page, whatever their impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(Browser browser) {
        browser.script(axeSource());
        Object result = browser.driver().executeAsyncScript(RUN);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        List<Violation> violations = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> v = (Map<String, Object>) item;
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), (List<String>) v.get("targets")));
        }
        return violations;
    }

    /** Fails naming every serious or critical violation of the current page, with the elements at fault. */
    static void assertNoSeriousViolations(Browser browser) {
        List<Violation> serious = violations(browser).stream().filter(Violation::seriousOrWorse).toList();
        if (!serious.isEmpty()) {
            fail(serious.size() + " serious or critical accessibility violation(s) on " + browser.currentUri() + ":\n"
                    + serious.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try {
                source = Files.readString(BrowserTools.AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

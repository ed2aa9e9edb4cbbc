package fr.charteia.templatecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.Mustache;
import fr.charteia.compose.TemplateSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewNamesTest {

    record Item(String label, boolean flag) {
    }

    record Sub(String detail) {
    }

    record View(String title, List<Item> items, Sub sub, boolean any) {
    }

    @TempDir
    Path folder;

    @Test
    void namesOfOpenScopesAreKnownAndSectionsAreListed() throws IOException {
        ViewNames names = walk("# {{title}}\n{{#items}}- {{label}} {{title}}{{#flag}}!{{/flag}}\n{{/items}}"
                + "{{#sub}}{{detail}}{{/sub}}{{^any}}rien{{/any}}{{sub.detail}}\n", Locale.FRENCH);

        assertThat(names.problems()).isEmpty();
        assertThat(names.sections()).extracting(CheckingMustacheFactory.Tagged::name, CheckingMustacheFactory.Tagged::line,
                CheckingMustacheFactory.Tagged::inverted).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("items", 2, false), org.assertj.core.groups.Tuple.tuple("flag", 2, false),
                        org.assertj.core.groups.Tuple.tuple("sub", 3, false), org.assertj.core.groups.Tuple.tuple("any", 3, true));
    }

    @Test
    void everyUnknownNameIsReportedWithItsLineAndANearName() throws IOException {
        ViewNames names = walk("# {{titel}}\n{{#items}}{{detail}}{{/items}}\n{{sub.detial}}\n", Locale.FRENCH);

        assertThat(names.problems()).extracting(TemplateProblem::format).containsExactly(
                "fr/charter.md.mustache:1: variable inconnue « titel » dans la balise {{titel}} : ce nom n'existe pas à cet "
                        + "endroit (vouliez-vous dire « title » ?) ; les noms permis sont décrits dans templates/README.md",
                "fr/charter.md.mustache:2: variable inconnue « detail » dans la balise {{detail}} : ce nom n'existe pas à cet "
                        + "endroit ; les noms permis sont décrits dans templates/README.md",
                "fr/charter.md.mustache:3: variable inconnue « detial » dans la balise {{sub.detial}} : ce nom n'existe pas à "
                        + "cet endroit (vouliez-vous dire « detail » ?) ; les noms permis sont décrits dans templates/README.md");
        assertThat(names.problems()).extracting(TemplateProblem::kind).containsOnly(ProblemKind.UNKNOWN_NAME);
    }

    @Test
    void englishMessagesForLangEn() throws IOException {
        ViewNames names = walk("{{#itmes}}x{{/itmes}}\n", Locale.ENGLISH);

        assertThat(names.problems()).extracting(TemplateProblem::message).containsExactly("unknown variable \"itmes\" in "
                + "the tag {{#itmes}}: no such name exists at this place (did you mean \"items\"?); the names allowed are "
                + "described in templates/README.md");
    }

    @Test
    void aSuggestionOnlyForASlipOfTheKeyboard() {
        assertThat(ViewNames.suggestion("titel", Set.of("title", "items"))).contains("title");
        assertThat(ViewNames.suggestion("organisation", Set.of("title", "items"))).isEmpty();
    }

    private ViewNames walk(String template, Locale language) throws IOException {
        Files.createDirectories(folder.resolve("fr"));
        Files.writeString(folder.resolve("fr/charter.md.mustache"), template);
        Messages messages = Messages.of(language);
        Mustache compiled = new CheckingMustacheFactory(TemplateSet.overriddenBy(folder), messages).compile("fr/charter.md.mustache");
        ViewNames names = new ViewNames(messages);
        names.check(compiled, View.class);
        return names;
    }
}

package fr.charteia.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both writers make a link clickable only for a whole web or mail address. */
class LinkPolicyTest {

    @Test
    void webAndMailAddressesAreClickableWhateverTheCaseOfTheirScheme() {
        assertThat(LinkPolicy.isClickable("https://www.cnil.fr/fr/ia")).isTrue();
        assertThat(LinkPolicy.isClickable("http://intranet.ch-valmont.fr")).isTrue();
        assertThat(LinkPolicy.isClickable("mailto:dpo@ch-valmont.fr")).isTrue();
        assertThat(LinkPolicy.isClickable("HTTPS://WWW.CNIL.FR")).isTrue();
        assertThat(LinkPolicy.isClickable("MailTo:dpo@ch-valmont.fr")).isTrue();
    }

    @Test
    void anyOtherDestinationIsNot() {
        assertThat(LinkPolicy.isClickable("file:///etc/passwd")).isFalse();
        assertThat(LinkPolicy.isClickable("javascript:alert(1)")).isFalse();
        assertThat(LinkPolicy.isClickable("ftp://ch-valmont.fr")).isFalse();
        assertThat(LinkPolicy.isClickable("charte.pdf")).isFalse();
        assertThat(LinkPolicy.isClickable("#sommaire")).isFalse();
        assertThat(LinkPolicy.isClickable("")).isFalse();
        assertThat(LinkPolicy.isClickable(null)).isFalse();
    }

    @Test
    void anAddressWithASpaceOrAControlCharacterIsNotOne() {
        assertThat(LinkPolicy.isClickable("https://www.cnil.fr/fr/ia générative")).isFalse();
        assertThat(LinkPolicy.isClickable("https://www.cnil.fr/\tia")).isFalse();
        assertThat(LinkPolicy.isClickable("mailto:dpo@ch-valmont.fr\n")).isFalse();
    }
}

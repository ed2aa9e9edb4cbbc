package fr.charteia.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SOURCE_DATE_EPOCH is a number of seconds documents can carry: from 1970 to the last second of 9999. */
class SourceDateEpochTest {

    @Test
    void theWholeRangeFrom1970To9999IsAccepted() {
        assertThat(SourceDateEpoch.parse("0")).contains(Instant.EPOCH);
        assertThat(SourceDateEpoch.parse(" 1767225600 ")).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(SourceDateEpoch.parse("253402300799")).contains(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(SourceDateEpoch.parse("")).isEmpty();
        assertThat(SourceDateEpoch.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "-62135596801", "99999999999999999999", "253402300800", "1.5e9", "0x10"})
    void anythingElseIsRefusedWithTheValueToQuote(String value) {
        SourceDateEpoch.Refused refused = catchThrowableOfType(SourceDateEpoch.Refused.class, () -> SourceDateEpoch.parse(value));

        assertThat(refused).as(value).isNotNull();
        assertThat(refused.shownValue()).isEqualTo(value);
    }

    @Test
    void theQuotedValueIsShortAndShowsControlCharactersAsCodes() {
        SourceDateEpoch.Refused refused = catchThrowableOfType(SourceDateEpoch.Refused.class,
                () -> SourceDateEpoch.parse("12\u001B[2J" + "9".repeat(100)));

        assertThat(refused.shownValue()).isEqualTo("12\\u001B[2J" + "9".repeat(34) + "…");
    }

    @Test
    void theLastAcceptedInstantIsTheLastSecondOfYear9999() {
        assertThat(SourceDateEpoch.accepts(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
        assertThat(SourceDateEpoch.accepts(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(SourceDateEpoch.accepts(Instant.EPOCH.minusSeconds(1))).isFalse();
    }
}

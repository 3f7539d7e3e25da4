package org.yifa.accept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** Content negotiation as RFC 9110 §12.5.1 has it, with the RFC's own examples. */
class AcceptHeaderTest {

    /** RFC 9110 §12.5.1, Table 5 (with verified erratum 7138: text/html;level=3 is 0.3). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/plain;format=flowed | 1
            text/plain               | 0.7
            text/html                | 0.3
            image/jpeg               | 0.5
            text/plain;format=fixed  | 0.4
            text/html;level=3        | 0.3
            """)
    void theRfcExampleGivesEachTypeTheWeightOfItsMostSpecificRange(String type, double weight) {
        AcceptHeader accept = AcceptHeader.parse(
                "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5");
        assertThat(accept.weight(MediaType.parseMediaType(type))).isEqualTo(weight);
    }

    @Test
    void weightZeroExcludesATypeEvenWhenAWildcardWouldTakeIt() {
        AcceptHeader accept = AcceptHeader.parse("text/turtle;q=0, */*");
        assertThat(accept.weight(MediaType.parseMediaType("text/turtle"))).isZero();
        assertThat(choose("text/turtle;q=0, */*", "text/turtle", "text/html")).contains("text/html");
        assertThat(choose("text/turtle;q=0", "text/turtle")).isEmpty();
        assertThat(choose("text/*;q=0, */*", "text/turtle", "application/ld+json")).contains("application/ld+json");
    }

    @Test
    void theHighestWeightWinsAndTiesGoToTheServersOrderNotTheClients() {
        assertThat(choose("text/turtle;q=0.5, application/rdf+xml", "text/turtle", "application/rdf+xml"))
                .contains("application/rdf+xml");
        assertThat(choose("application/ld+json, text/turtle", "text/turtle", "application/ld+json"))
                .contains("text/turtle");
        assertThat(choose("application/ld+json, text/turtle", "application/ld+json", "text/turtle"))
                .contains("application/ld+json");
        assertThat(choose("text/html,application/xhtml+xml,*/*;q=0.8", "text/turtle", "text/html")).contains("text/html");
    }

    @Test
    void rangeParametersMustMatchAndCharsetUtf8MatchesOurText() {
        assertThat(choose("text/turtle;charset=utf-8, */*;q=0.1", "application/ld+json", "text/turtle"))
                .contains("text/turtle");
        assertThat(choose("text/turtle;charset=iso-8859-1", "text/turtle")).isEmpty();
        assertThat(choose("application/ld+json;profile=\"http://www.w3.org/ns/json-ld#flattened\"",
                "application/ld+json")).isEmpty();
        assertThat(choose("text/plain;format=flowed", "text/plain;format=flowed")).isPresent();
    }

    @Test
    void anAliasCountsOnlyThroughItsOwnRangeAndTheOwnTypeWinsATie() {
        List<MediaType> jsonLd = List.of(MediaType.parseMediaType("application/ld+json"), MediaType.APPLICATION_JSON);
        assertThat(AcceptHeader.parse("application/json").weight(jsonLd)).isEqualTo(1);
        assertThat(AcceptHeader.parse("application/ld+json;q=0, */*").weight(jsonLd)).isZero();
        assertThat(AcceptHeader.parse("application/json, application/ld+json;q=0.2").weight(jsonLd)).isEqualTo(0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "garbage", "*/", "*/html", "text/turtle;q=abc", "text/turtle;q=1.5",
        "text/turtle;q=-1", "text/turtle;q=0.0001", "text/turtle;q=\"0.5", ",,,"})
    void aHeaderOfNothingReadableAcceptsAnything(String header) {
        AcceptHeader accept = AcceptHeader.parse(header);
        assertThat(accept.acceptsAnything()).isTrue();
        assertThat(accept.weight(MediaType.IMAGE_PNG)).isEqualTo(1);
    }

    @Test
    void aMalformedRangeIsLeftOutAndTheOthersStillCount() {
        assertThat(choose("text/turtle;q=abc, application/ld+json;q=0.5", "text/turtle", "application/ld+json"))
                .contains("application/ld+json");
        assertThat(choose("text/html;;", "text/turtle")).isEmpty();
        assertThat(choose("TEXT/Turtle ; Q=0.4 ; ext=1, text/html;q=0.3", "text/html", "text/turtle")).contains("text/turtle");
        assertThat(AcceptHeader.parse("a/b;p=\"x,y\";q=0.2, c/d").weight(MediaType.parseMediaType("a/b;p=\"x,y\"")))
                .isEqualTo(0.2);
    }

    private static java.util.Optional<String> choose(String header, String... offered) {
        return AcceptHeader.parse(header).choose(List.of(offered), t -> List.of(MediaType.parseMediaType(t)));
    }
}

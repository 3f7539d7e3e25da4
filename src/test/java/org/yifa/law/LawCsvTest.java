package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yifa.store.InvalidInputException;

/** The law data files' CSV adapter: rows by column name, and errors as file:line with the column. */
class LawCsvTest {

    @Test
    void rowsAreReadByColumnNameWithTheirLine() {
        var rows = Csv.parse("laws.csv", "\ufeffshort_title,slug\r\n\"行政处罚法\",xzcf\r\n\r\n\"行政, 复议法\",xzfy\r\n",
                "short_title", "slug");
        assertThat(rows).extracting(r -> r.line(), r -> r.get("short_title"), r -> r.get("slug")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "行政处罚法", "xzcf"),
                org.assertj.core.groups.Tuple.tuple(4, "行政, 复议法", "xzfy"));
    }

    @Test
    void aStrayQuoteIsRejectedNamingFileLineAndColumn() {
        assertThatThrownBy(() -> Csv.parse("laws.csv", "short_title,slug\n行政处罚法,xzcf\n\"行政\"复议法,xzfy\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("laws.csv:3: column 'short_title': text after the closing quote")
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> Csv.parse("laws.csv", "short_title,slug\n行政\"处罚\"法,xzcf\n"))
                .hasMessageStartingWith("laws.csv:2: column 'short_title': a double quote inside a field");
    }

    @Test
    void anUnclosedQuoteOrARaggedRowIsRejectedWithItsLine() {
        assertThatThrownBy(() -> Csv.parse("laws.csv", "short_title,slug\n\"行政处罚法,xzcf\nx,y\n"))
                .hasMessageStartingWith("laws.csv:2: column 'short_title': a quoted field is not closed");
        assertThatThrownBy(() -> Csv.parse("laws.csv", "short_title,slug\na,b\nc\n"))
                .hasMessageStartingWith("laws.csv:3: column 'slug': the row has 1 fields");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRejected() {
        assertThatThrownBy(() -> Csv.parse("laws.csv", "title\nx\n", "short_title"))
                .hasMessage("laws.csv:1: header lacks column 'short_title'");
    }
}

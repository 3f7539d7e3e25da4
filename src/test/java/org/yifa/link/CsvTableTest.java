package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yifa.store.InvalidInputException;

class CsvTableTest {

    @Test
    void readsQuotedFieldsAndKeepsTheLineEachRecordStartsOn() {
        CsvTable t = CsvTable.parse("f.csv", "a,b,c\n1,\"x, \"\"y\"\"\",z\n\n2,\"two\nlines\",w\r\n3,,\n");
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
        assertThat(t.rows().get(0).fields()).containsExactly("1", "x, \"y\"", "z");
        assertThat(t.rows().get(1).fields()).containsExactly("2", "two\nlines", "w");
        assertThat(t.rows().get(2).fields()).isEqualTo(List.of("3", "", ""));
    }

    @Test
    void rejectsAnUnclosedQuoteNamingTheLine() {
        assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n3,\"open\n"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3))
                .hasMessageContaining("f.csv:3");
    }

    @Test
    void rejectsAStrayQuoteNamingTheLineAndColumn() {
        assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,quote\n1,\"ok\"\n2,他说\"好\"\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("f.csv:3: column 'quote': a double quote inside a field");
    }

    @Test
    void rejectsARaggedRowNamingTheLineAndTheFirstMissingColumn() {
        assertThatThrownBy(() -> CsvTable.parse("f.csv", "\ufeffa,b,c\r\n1,2,3\r\n4,5\r\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("f.csv:3: column 'c': the row has 2 fields");
    }
}

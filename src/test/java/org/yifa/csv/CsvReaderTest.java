package org.yifa.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one CSV reader: RFC 4180 reading, and the one behaviour every caller gets for malformed input. */
class CsvReaderTest {

    @Test
    void quotedCommasQuotesAndLineBreaksStayInOneFieldWithTheLineAndRowEachRecordStartsOn() {
        CsvTable t = CsvReader.read("a,b,c\n1,\"x, \"\"y\"\"\",z\n\n2,\"two\nlines\",w\r\n3,,\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows()).extracting(CsvTable.Row::line, CsvTable.Row::row, CsvTable.Row::fields).containsExactly(
                tuple(2, 2, List.of("1", "x, \"y\"", "z")),
                tuple(4, 4, List.of("2", "two\nlines", "w")),
                tuple(6, 5, List.of("3", "", "")));
    }

    @Test
    void aByteOrderMarkIsDroppedAndCrlfLfAndAMissingLastLineBreakReadAlike() {
        CsvTable crlf = CsvReader.read("\ufeffid,name\r\n1,甲\r\n2,\"乙\r\n丙\"\r\n");
        CsvTable lf = CsvReader.read("id,name\n1,甲\n2,\"乙\r\n丙\"");
        assertThat(crlf.problems()).isEmpty();
        assertThat(crlf.header()).containsExactly("id", "name");
        assertThat(crlf.rows()).isEqualTo(lf.rows());
        assertThat(crlf.rows().get(1).fields()).containsExactly("2", "乙\r\n丙");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            stray quote in an unquoted field  | id,name,note\\n1,ok,fine\\n2,say "hi",x\\n3,a,b | 3 | 3 | 1 | a double quote inside a field that does not start with one
            quote opening mid-field           | id,name,note\\n1,a,b\\n2,x"y"z,c              | 3 | 3 | 1 | a double quote inside a field that does not start with one
            text after a closing quote        | id,name,note\\n1,"培训"通知,x\\n                | 2 | 2 | 1 | text after the closing quote
            text after a doubled quote        | id,name,note\\n1,a,"x""y"q\\n                 | 2 | 2 | 2 | text after the closing quote
            unclosed quote                    | id,name,note\\n1,a,b\\n2,"open,c\\n3,d,e\\n   | 3 | 3 | 1 | a quoted field is not closed
            unclosed quote after line breaks  | id,name,note\\n1,"a\\nb",c\\n2,b,"open\\n     | 4 | 3 | 2 | a quoted field is not closed
            short row                         | id,name,note\\n1,a\\n                          | 2 | 2 | 2 | and the columns after it are missing
            long row                          | id,name,note\\n\\n1,a,b,c\\n                   | 3 | 3 | 3 | values after the last column
            """)
    void malformedInputIsReportedWithItsLineRowAndColumn(String what, String text, int line, int row, int column,
            String message) {
        CsvTable t = CsvReader.read(text.replace("\\n", "\n"));
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).as("line").isEqualTo(line);
            assertThat(p.row()).as("row").isEqualTo(row);
            assertThat(p.column()).as("column").isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void aRaggedRowIsLeftOutAndTheRowsAfterItAreStillRead() {
        CsvTable t = CsvReader.read("id,name\n1\n2,b\n3,c,d\n4,e\n");
        assertThat(t.rows()).extracting(r -> r.fields().get(0)).containsExactly("2", "4");
        assertThat(t.problems()).extracting(CsvProblem::row).containsExactly(2, 4);
    }

    @Test
    void aSyntaxErrorEndsTheReading() {
        CsvTable t = CsvReader.read("id,name\n1,a\"b\n2,c\n");
        assertThat(t.rows()).isEmpty();
        assertThat(t.problems()).hasSize(1);
    }

    @Test
    void anEmptyFileOrOneOfBlankLinesHasNoHeader() {
        for (String text : List.of("", "\ufeff", "\n\r\n")) {
            CsvTable t = CsvReader.read(text);
            assertThat(t.header()).isEmpty();
            assertThat(t.problems()).extracting(CsvProblem::message).containsExactly(
                    "the file is empty; expected a header row");
        }
    }

    @Test
    void columnsAreNamedByTheirHeaderCellOrSpreadsheetLetter() {
        CsvTable t = CsvReader.read(" id ,,name\n");
        assertThat(t.columnName(0)).isEqualTo("id");
        assertThat(t.columnName(1)).isEqualTo("column B");
        assertThat(t.columnName(27)).isEqualTo("column AB");
    }
}

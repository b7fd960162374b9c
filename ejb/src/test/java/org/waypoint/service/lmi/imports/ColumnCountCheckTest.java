package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of a delimited file has the header's columns; a file cut short is refused whole. */
class ColumnCountCheckTest {

    private static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        DelimitedTextReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test file",
                (n, cells) -> rows.add(cells));
        return rows;
    }

    @Test
    void aLastLineCutShortWithoutALineBreakIsNamedAsTheCut() {
        assertThatThrownBy(() -> read("code,title,description\n11-1011,Chief Executives,Plan\n11-1021,Gener"))
                .isInstanceOfSatisfying(IncompleteRowsException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("test file: the last line (row 3) is incomplete: it stops in column \"title\""
                                    + " (2 of 3) without a line break, so the file was cut short");
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.rowNumber()).isEqualTo(3);
                        assertThat(error.column()).isEqualTo("description");
                    });
                });
    }

    @Test
    void aShortRowInsideTheFileIsRefusedWithItsRowAndFirstMissingColumn() {
        assertThatThrownBy(() -> read("a\tb\tc\n1\t2\t3\n4\t5\n6\t7\t8\n"))
                .isInstanceOfSatisfying(IncompleteRowsException.class, e -> {
                    assertThat(e.errorCount()).isEqualTo(1);
                    assertThat(e.errors().get(0))
                            .isEqualTo(new RowError(3, "c", "the row has 2 of the header's 3 columns"));
                });
    }

    @Test
    void aCompleteLastLineWithoutALineBreakAndBlankLinesAreFine() {
        assertThat(read("a,b\n1,2\n\n3,4")).hasSize(3);
    }
}

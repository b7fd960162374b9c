package org.waypoint.service.wages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.lmi.imports.RowError;

/** Wage rows read and checked per column, with the default layout and with a mapping. */
class WageFileReaderTest {

    private static final CalendarQuarter NOW = new CalendarQuarter(2026, 2);

    private final List<WageRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    private void read(String text, WageColumnMapping mapping) {
        new WageFileReader(mapping, NOW, rows::add, errors::add)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "wages.csv");
    }

    @Test
    void theDefaultLayoutInAnyOrderAndLetterCase() {
        read(
                "fein,Ssn,YEAR,quarter,Wages,Employer name\n12-3456789,234-56-7890,2025,3,8250.5,Acme\n"
                        + "123456789,234567891,2026,2,0,\n\n",
                WageColumnMapping.defaults());
        assertThat(errors).isEmpty();
        assertThat(rows)
                .containsExactly(
                        new WageRow(2, "234567890", 2025, 3, "123456789", new BigDecimal("8250.50")),
                        new WageRow(3, "234567891", 2026, 2, "123456789", new BigDecimal("0.00")));
        assertThat(rows.get(0).toString()).doesNotContain("234567890");
    }

    @Test
    void eachBadCellIsNamedByRowAndColumnWithoutItsValue() {
        read(
                "SSN,YEAR,QUARTER,FEIN,WAGES\n"
                        + "98765432,2025,3,123456789,10\n"
                        + "123456789,25,5,1234,-3\n"
                        + "123456789,2025,3,123456789,1,000.00\n"
                        + "123456789,2027,1,123456789,10.123\n"
                        + "123456789,2026,3,123456789,\n",
                WageColumnMapping.defaults());
        assertThat(rows).isEmpty();
        assertThat(errors)
                .extracting(RowError::toString)
                .containsExactly(
                        "row 2, column \"SSN\": not 9 digits (123456789 or 123-45-6789)",
                        "row 3, column \"YEAR\": not a 4-digit year",
                        "row 3, column \"QUARTER\": not a quarter 1 to 4",
                        "row 3, column \"FEIN\": not 9 digits (123456789 or 12-3456789)",
                        "row 3, column \"WAGES\": negative; wages are 0 or more",
                        "row 4, column \"column 6\": a value to the right of the last column with a header"
                                + " (an amount written with a thousands separator?)",
                        "row 5, column \"YEAR\": not a year from 1978 to 2026",
                        "row 5, column \"WAGES\": more than 2 decimals",
                        "row 6, column \"QUARTER\": a quarter that has not begun (2026 Q3)",
                        "row 6, column \"WAGES\": is empty");
        assertThat(errors).noneMatch(e -> e.message().contains("98765432"));
    }

    @Test
    void aMappingNamesOtherHeaders() {
        read(
                "Social Security Number,Yr,Qtr,Employer FEIN,Quarterly Wages\n123-45-6789,2025,4,12-3456789,100\n",
                new WageColumnMapping(true, "social security number", "Yr", "Qtr", "Employer FEIN", "Quarterly Wages"));
        assertThat(errors).isEmpty();
        assertThat(rows).extracting(WageRow::quarter).containsExactly(4);
    }

    @Test
    void withoutAHeaderRowColumnsArePositions() {
        read("x,2025,1,123456789,50,123-45-6789\n", new WageColumnMapping(false, "6", "2", "3", "4", "5"));
        assertThat(errors).isEmpty();
        assertThat(rows).containsExactly(new WageRow(1, "123456789", 2025, 1, "123456789", new BigDecimal("50.00")));

        read("123-45-6789,2025,1,12345678,50\n", new WageColumnMapping(false, null, null, null, null, null));
        assertThat(errors)
                .extracting(RowError::toString)
                .containsExactly("row 1, column \"column 4 (FEIN)\": not 9 digits (123456789 or 12-3456789)");
    }

    @Test
    void aHeaderRowWithoutTheMappedColumnsRefusesTheFileWithoutEchoingIt() {
        read("123-45-6789,2025,1,123456789,50\n123-45-6789,2025,2,123456789,50\n", WageColumnMapping.defaults());
        assertThat(rows).isEmpty();
        assertThat(errors).hasSize(5).allSatisfy(e -> {
            assertThat(e.rowNumber()).isEqualTo(1);
            assertThat(e.message()).contains("the header row has no column").doesNotContain("123-45");
        });
    }

    @Test
    void aMappingThatRepeatsAColumnOrIsNotANumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new WageColumnMapping(true, "SSN", "SSN", null, null, null).validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("yearColumn"));
        assertThatThrownBy(() -> new WageColumnMapping(false, "first", null, "2", null, null).validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("ssnColumn", "quarterColumn"));
        assertThat(new WageColumnMapping(false, "5", null, null, null, "1").describe())
                .isEqualTo("columns: SSN=5, YEAR=2, QUARTER=3, FEIN=4, WAGES=1");
    }

    @Test
    void theCheckCountsQuartersAndKeepsTheFirstErrors() {
        StringBuilder text = new StringBuilder("SSN,YEAR,QUARTER,FEIN,WAGES\n");
        for (int i = 0; i < 250; i++) {
            text.append("1,2025,1,123456789,1\n");
        }
        text.append("123456789,2025,2,123456789,1\n");
        WageFileCheck check = WageFileCheck.of(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                "w.csv",
                WageColumnMapping.defaults(),
                NOW);
        assertThat(check.isClean()).isFalse();
        assertThat(check.rowsRead()).isEqualTo(251);
        assertThat(check.errorCount()).isEqualTo(250);
        assertThat(check.errors()).hasSize(WageFileCheck.MAX_ERRORS);
        assertThat(check.quarters()).containsExactly(java.util.Map.entry(new CalendarQuarter(2025, 2), 1));
    }
}

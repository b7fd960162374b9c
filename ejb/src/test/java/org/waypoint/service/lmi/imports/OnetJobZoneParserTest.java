package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnetJobZoneParserTest {

    private static final OnetJobZoneParser PARSER = new OnetJobZoneParser();

    @Test
    void everyRowOfTheShippedFileParses() {
        ParseResult<OnetJobZone> shipped = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.ONET_JOB_ZONES));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(923);
        assertThat(shipped.rows()).hasSize(923);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows().stream().collect(Collectors.groupingBy(OnetJobZone::jobZone, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 31L, 2, 295L, 3, 219L, 4, 224L, 5, 154L));
        assertThat(shipped.rows())
                .contains(
                        new OnetJobZone("31-9091.00", 3),
                        new OnetJobZone("11-1011.00", 5),
                        new OnetJobZone("29-1141.00", 4));
    }

    @Test
    void aZoneOutsideOneToFiveAndARepeatedOccupationAreRowErrors() {
        String text = "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n"
                + "31-9091.00\t3\t08/2021\tAnalyst\n"
                + "31-9092.00\t6\t08/2021\tAnalyst\n"
                + "31-9091.00\t3\t08/2021\tAnalyst\n"
                + "31-9093.00\tthree\t08/2021\tAnalyst\n";

        ParseResult<OnetJobZone> result = PARSER.parse(LmiTestFiles.text(text));

        assertThat(result.rows()).containsExactly(new OnetJobZone("31-9091.00", 3));
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "Job Zone", "6 is not a job zone (1 to 5)"),
                        tuple(4, "O*NET-SOC Code", "31-9091.00 is already on row 2"),
                        tuple(5, "Job Zone", "\"three\" is not a number"));
    }

    @Test
    void aMissingColumnRefusesTheFile() {
        assertThatThrownBy(() ->
                        PARSER.parse(LmiTestFiles.text("O*NET-SOC Code\tJob Zone\tDate\n31-9091.00\t3\t08/2021\n")))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET job zones: missing column(s) \"Domain Source\"");
    }
}

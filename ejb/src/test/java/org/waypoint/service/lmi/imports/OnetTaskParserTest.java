package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnetTaskParserTest {

    private static final String HEADER =
            "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n";

    @Test
    void everyTaskOfTheShippedFileParsesCoreOnesMarked() {
        ParseResult<OnetTask> shipped = new OnetTaskParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_TASKS));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(18_796);
        assertThat(shipped.rows()).hasSize(18_796);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows().stream().collect(Collectors.groupingBy(OnetTask::taskType, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Core", 13_417L, "Supplemental", 4_222L, "n/a", 1_157L));
        assertThat(shipped.rows())
                .filteredOn(task -> task.onetSocCode().equals("31-9091.00"))
                .hasSize(16)
                .contains(
                        new OnetTask(
                                "31-9091.00", 552, "Record treatment information in patient records.", "Core", true),
                        new OnetTask(
                                "31-9091.00", 560, "Clean teeth, using dental instruments.", "Supplemental", false));
    }

    @Test
    void anUnknownTypeABadIdAndARepeatedTaskAreRowErrors() {
        String text = HEADER
                + "31-9091.00\t552\tRecord treatment information in patient records.\tCore\t62\t08/2021\tIncumbent\n"
                + "31-9091.00\t552\tRecord it again.\tCore\t62\t08/2021\tIncumbent\n"
                + "31-9091.00\t553\tSterilize instruments.\tMain\t62\t08/2021\tIncumbent\n"
                + "31-9091.00\tX1\tClean teeth.\tn/a\tn/a\t08/2021\tIncumbent\n";

        ParseResult<OnetTask> result = new OnetTaskParser().parse(LmiTestFiles.text(text));

        assertThat(result.rows()).hasSize(1);
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "Task ID", "task 552 of 31-9091.00 is already on row 2"),
                        tuple(4, "Task Type", "\"Main\" is none of Core, Supplemental, n/a"),
                        tuple(5, "Task ID", "\"X1\" is not a number"));
    }
}

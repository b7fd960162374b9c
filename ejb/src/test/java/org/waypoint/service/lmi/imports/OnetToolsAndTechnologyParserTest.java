package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** O*NET's Tools Used and Technology Skills: Kentucky 24-003's "what tools would I use?". */
class OnetToolsAndTechnologyParserTest {

    @Test
    void everyToolOfTheShippedFileParses() {
        ParseResult<OnetTool> shipped = new OnetToolParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_TOOLS));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(41_662);
        assertThat(shipped.rows()).hasSize(41_662);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows())
                .filteredOn(tool -> tool.onetSocCode().equals("31-9091.00"))
                .hasSize(105)
                .contains(new OnetTool("31-9091.00", "Dental handpieces", "42151624", "Dental handpieces"));
    }

    @Test
    void everyTechnologySkillOfTheShippedFileParsesWithItsFlags() {
        ParseResult<OnetTechnologySkill> shipped =
                new OnetTechnologySkillParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_TECHNOLOGY_SKILLS));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(32_627);
        assertThat(shipped.rows()).hasSize(32_627);
        assertThat(shipped.rows().stream().filter(OnetTechnologySkill::hotTechnology))
                .hasSize(11_621);
        assertThat(shipped.rows().stream().filter(OnetTechnologySkill::inDemand))
                .hasSize(2_320);
        assertThat(shipped.rows())
                .filteredOn(skill -> skill.onetSocCode().equals("31-9091.00"))
                .hasSize(11)
                .contains(
                        new OnetTechnologySkill(
                                "31-9091.00", "Henry Schein Dentrix", "43232610", "Medical software", true, true),
                        new OnetTechnologySkill(
                                "31-9091.00", "Microsoft Excel", "43232110", "Spreadsheet software", true, false),
                        new OnetTechnologySkill(
                                "31-9091.00", "Open Dental", "43232610", "Medical software", false, false));
    }

    @Test
    void aBadCommodityCodeAndARepeatedToolAreRowErrors() {
        String text = "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\n"
                + "53-7051.00\tForklifts\t24101603\tForklifts\n"
                + "53-7051.00\tForklifts\t24101603\tForklifts\n"
                + "53-7051.00\tPallet jacks\t2410160\tPallet jacks\n";

        ParseResult<OnetTool> result = new OnetToolParser().parse(LmiTestFiles.text(text));

        assertThat(result.rows()).containsExactly(new OnetTool("53-7051.00", "Forklifts", "24101603", "Forklifts"));
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "Example", "\"Forklifts\" of 53-7051.00 is already on row 2"),
                        tuple(4, "Commodity Code", "\"2410160\" is not an eight-digit UNSPSC commodity code"));
    }

    @Test
    void aFlagOtherThanYOrNIsARowError() {
        String text = "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
                + "31-9091.00\tOpen Dental\t43232610\tMedical software\tN\t\n";

        ParseResult<OnetTechnologySkill> result = new OnetTechnologySkillParser().parse(LmiTestFiles.text(text));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(tuple(2, "In Demand", "is empty"));
    }

    @Test
    void theToolsLayoutIsNotTheTechnologyLayout() {
        assertThatThrownBy(() -> new OnetTechnologySkillParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_TOOLS)))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET technology skills: missing column(s) \"Hot Technology\", \"In Demand\"");
    }
}

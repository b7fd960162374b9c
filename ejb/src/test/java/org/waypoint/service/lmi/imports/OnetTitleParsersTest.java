package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** O*NET's Alternate Titles and Sample of Reported Titles: what seekers call an occupation. */
class OnetTitleParsersTest {

    @Test
    void everyAlternateTitleOfTheShippedFileParsesWithItsShortForm() {
        ParseResult<OnetAlternateTitle> shipped =
                new OnetAlternateTitleParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_ALTERNATE_TITLES));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(56_560);
        assertThat(shipped.rows()).hasSize(56_560);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows().stream().filter(title -> title.shortTitle() != null))
                .hasSize(3_574);
        assertThat(shipped.rows())
                .contains(
                        new OnetAlternateTitle("31-9091.00", "Certified Dental Assistant (CDA)", "CDA"),
                        new OnetAlternateTitle("31-9091.00", "Dental Aide", null),
                        new OnetAlternateTitle(
                                "17-2141.00",
                                "HVAC Engineer (Heating Ventilation Air Conditioning Engineer)",
                                "HVAC Engineer"));
    }

    @Test
    void aTitleListedWithAndWithoutItsShortFormIsNotARepeat() {
        // O*NET 29.2 rows 10,405 and 10,406.
        ParseResult<OnetAlternateTitle> shipped =
                new OnetAlternateTitleParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_ALTERNATE_TITLES));

        assertThat(shipped.rows())
                .filteredOn(title -> title.title().equals("Licensed Mental Health Counselor (LMHC)"))
                .extracting(OnetAlternateTitle::shortTitle)
                .containsExactly(null, "LMHC");
    }

    @Test
    void aRepeatedAlternateTitleAndAnEmptyOneAreRowErrors() {
        String text = "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
                + "29-2061.00\tLicensed Practical Nurse (LPN)\tLPN\t02,04\n"
                + "29-2061.00\tLicensed Practical Nurse (LPN)\tLPN\t08\n"
                + "29-2061.00\t\tn/a\t08\n";

        ParseResult<OnetAlternateTitle> result = new OnetAlternateTitleParser().parse(LmiTestFiles.text(text));

        assertThat(result.rows())
                .containsExactly(new OnetAlternateTitle("29-2061.00", "Licensed Practical Nurse (LPN)", "LPN"));
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(
                                3,
                                "Alternate Title",
                                "\"Licensed Practical Nurse (LPN)\" of 29-2061.00 is already on row 2"),
                        tuple(4, "Alternate Title", "is empty"));
    }

    @Test
    void everyReportedTitleOfTheShippedFileParses() {
        ParseResult<OnetReportedTitle> shipped =
                new OnetReportedTitleParser().parse(LmiTestFiles.shipped(LmiTestFiles.ONET_REPORTED_TITLES));

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(7_796);
        assertThat(shipped.rows()).hasSize(7_796);
        assertThat(shipped.rows().stream().filter(OnetReportedTitle::shownInMyNextMove))
                .hasSize(3_549);
        assertThat(shipped.rows())
                .filteredOn(title -> title.onetSocCode().equals("31-9091.00"))
                .hasSize(10)
                .contains(
                        new OnetReportedTitle("31-9091.00", "Certified Dental Assistant (CDA)", true),
                        new OnetReportedTitle("31-9091.00", "Oral Surgery Assistant", false));
    }

    @Test
    void aFlagOtherThanYOrNIsARowError() {
        String text = "O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n"
                + "53-7051.00\tForklift Operator\tY\n"
                + "53-7051.00\tForklift Driver\tyes\n";

        ParseResult<OnetReportedTitle> result = new OnetReportedTitleParser().parse(LmiTestFiles.text(text));

        assertThat(result.rows()).containsExactly(new OnetReportedTitle("53-7051.00", "Forklift Operator", true));
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(tuple(3, "Shown in My Next Move", "\"yes\" is neither Y nor N"));
    }
}

package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnetRelatedOccupationParserTest {

    private static final OnetRelatedOccupationParser PARSER = new OnetRelatedOccupationParser();
    private static final String REEXPORT_HEADER =
            "PK,O*NET-SOC Code,Title,Related O*NET-SOC Code,Related Title,Relatedness Tier,Index\n";
    private static ParseResult<RelatedOccupation> shipped;

    @BeforeAll
    static void parseTheShippedFile() {
        // The third-party re-export Waypoint shipped before O*NET 29.2, kept as a fixture of its layout.
        shipped = PARSER.parse(LmiTestFiles.testFixture(LmiTestFiles.ONET_RELATED_REEXPORT));
    }

    @Test
    void everyRowOfTheShippedFileParses() {
        // The data README says 18,459 rows; the file has 18,460 (PK 1 to 18,460): 20 for each of 923.
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(18_460);
        assertThat(shipped.rows()).hasSize(18_460);
        Map<String, Long> perOccupation = shipped.rows().stream()
                .collect(Collectors.groupingBy(RelatedOccupation::onetSocCode, Collectors.counting()));
        assertThat(perOccupation).hasSize(923).allSatisfy((code, count) -> assertThat(count)
                .isEqualTo(20));
    }

    @Test
    void tiersAreCountedAsPublished() {
        assertThat(shipped.rows().stream()
                        .collect(Collectors.groupingBy(RelatedOccupation::relatednessTier, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Primary-Short", 4615L, "Primary-Long", 4615L, "Supplemental", 9230L));
    }

    @Test
    void dentalAssistantsAreFirstRelatedToDentalHygienists() {
        assertThat(shipped.rows())
                .filteredOn(related -> related.onetSocCode().equals("31-9091.00"))
                .first()
                .isEqualTo(new RelatedOccupation("31-9091.00", "29-1292.00", "Primary-Short", 1));
    }

    @Test
    void onetsOwnTabDelimitedLayoutParsesToo() {
        String text = "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n"
                + "31-9091.00\t29-1292.00\tPrimary-Short\t1\n"
                + "31-9091.00\t31-9092.00\tPrimary-Short\t2\n";

        ParseResult<RelatedOccupation> result = PARSER.parse(LmiTestFiles.text(text), "O*NET 29.0");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .extracting(RelatedOccupation::relatedOnetSocCode, RelatedOccupation::index)
                .containsExactly(tuple("29-1292.00", 1), tuple("31-9092.00", 2));
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = "PK,O*NET-SOC Code,Title,Related O*NET-SOC Code,Relatedness Tier,Index\n"
                + "1,31-9091.00,Dental Assistants,29-1292.00,Primary-Short,1\n";

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text(csv)))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET related occupations: missing column(s) \"Related Title\"");
    }

    @Test
    void anUnexpectedColumnIsNamed() {
        String text = "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\tScore\n"
                + "31-9091.00\t29-1292.00\tPrimary-Short\t1\t0.9\n";

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text(text)))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET related occupations: unexpected column(s) \"Score\"");
    }

    @Test
    void badValuesBecomeRowErrorsAndTheGoodRowsStillParse() {
        String csv = REEXPORT_HEADER
                + "1,31-9091.00,Dental Assistants,29-1292.00,Dental Hygienists,Primary-Short,1\n"
                + "2,31-9091.00,Dental Assistants,31-9092.00,Medical Assistants,Primary-Short,abc\n"
                + "3,31-9091.00,Dental Assistants,29-9093.00,Surgical Assistants,Tertiary,3\n"
                + "4,31-9091,Dental Assistants,29-2081.00,Opticians,Primary-Short,4\n"
                + "5,31-9091.00,Dental Assistants,29-1292.00,Dental Hygienists,Primary-Long,5\n"
                + "6,31-9091.00,Dental Assistants,31-9097.00,Phlebotomists,Supplemental,6,extra\n"
                + "7,31-9091.00,Dental Assistants,31-9094.00,Medical Transcriptionists,Primary-Long,7\n";

        ParseResult<RelatedOccupation> result = PARSER.parse(LmiTestFiles.text(csv));

        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.rows()).extracting(RelatedOccupation::index).containsExactly(1, 7);
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "Index", "\"abc\" is not a number"),
                        tuple(
                                4,
                                "Relatedness Tier",
                                "\"Tertiary\" is none of Primary-Short, Primary-Long, Supplemental"),
                        tuple(5, "O*NET-SOC Code", "\"31-9091\" is not an O*NET-SOC code (expected NN-NNNN.NN)"),
                        tuple(6, "Related O*NET-SOC Code", "31-9091.00 to 29-1292.00 is already on row 2"),
                        tuple(7, "column 8", "\"extra\" is to the right of the last column with a header"));
    }

    @Test
    void aFileCutOffMidRowIsRefusedNamingTheIncompleteLastLine() {
        // Text has no end marker: the first half of the file ends inside row 9,899 ("Court Reporters and Si").
        byte[] bytes = LmiTestFiles.testFixtureBytes(LmiTestFiles.ONET_RELATED_REEXPORT);

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.firstHalf(bytes)))
                .isInstanceOfSatisfying(IncompleteRowsException.class, e -> {
                    assertThat(e.getMessage()).contains("the last line (row 9899) is incomplete", "cut short");
                    assertThat(e.errors())
                            .extracting(RowError::rowNumber, RowError::column)
                            .containsExactly(tuple(9899, "Relatedness Tier"));
                });
    }

    @Test
    void aQuoteLeftOpenIsUnreadable() {
        String csv =
                REEXPORT_HEADER + "1,31-9091.00,\"Dental Assistants,29-1292.00,Dental Hygienists,Primary-Short,1\n";

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text(csv)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("O*NET related occupations: the file cannot be read as delimited text");
    }

    @Test
    void theShippedOnet292FileParsesAsTheSameRelationsInOnetsLayout() {
        ParseResult<RelatedOccupation> onet292 = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.ONET_RELATED));

        assertThat(onet292.errors()).isEmpty();
        assertThat(onet292.rowsRead()).isEqualTo(18_460);
        assertThat(onet292.vintage()).isEqualTo("O*NET 29.2");
        assertThat(onet292.rows())
                .filteredOn(related -> related.onetSocCode().equals("31-9091.00"))
                .first()
                .isEqualTo(new RelatedOccupation("31-9091.00", "29-1292.00", "Primary-Short", 1));
        assertThat(shipped.vintage()).isEqualTo(OnetRelatedOccupationParser.REEXPORT_VINTAGE);
    }
}

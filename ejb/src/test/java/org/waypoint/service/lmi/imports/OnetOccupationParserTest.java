package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnetOccupationParserTest {

    private static final OnetOccupationParser PARSER = new OnetOccupationParser();
    private static final Path NEWER_CSV = Path.of("/work/shared/data/onet/occupation_code_ref.csv");
    private static ParseResult<OnetOccupation> shipped;

    @BeforeAll
    static void parseTheShippedFile() {
        shipped = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.ONET_OCCUPATIONS));
    }

    @Test
    void everyOccupationOfTheShippedFileParses() {
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(1016);
        assertThat(shipped.rows()).hasSize(1016);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows().stream().map(OnetOccupation::soc).distinct())
                .as("SOC codes: several O*NET occupations share one")
                .hasSize(867);
    }

    @Test
    void dentalAssistants() {
        OnetOccupation dentalAssistants = shipped.rows().stream()
                .filter(occupation -> occupation.onetSocCode().equals("31-9091.00"))
                .findFirst()
                .orElseThrow();

        assertThat(dentalAssistants.soc()).isEqualTo("31-9091");
        assertThat(dentalAssistants.title()).isEqualTo("Dental Assistants");
        assertThat(dentalAssistants.description())
                .startsWith("Perform limited clinical duties under the direction of a dentist.")
                .endsWith("billing, and coding information for insurance purposes.");
    }

    @Test
    void anOnetOccupationInsideASocOneKeepsItsSuffix() {
        assertThat(shipped.rows())
                .filteredOn(occupation -> occupation.onetSocCode().equals("11-1011.03"))
                .extracting(OnetOccupation::soc, OnetOccupation::title)
                .containsExactly(tuple("11-1011", "Chief Sustainability Officers"));
    }

    @Test
    void theCommaSeparatedLayoutWithByteOrderMarkAndQuotesParsesToo() {
        String csv = "\uFEFFO*NET-SOC Code,Title,Description\r\n"
                + "11-1011.00,Chief Executives,\"Determine and formulate policies, and provide overall direction.\"\r\n"
                + "31-9091.00,Dental Assistants,\"Perform limited clinical duties, \"\"chairside\"\".\"\r\n";

        ParseResult<OnetOccupation> result = PARSER.parse(LmiTestFiles.text(csv), "O*NET 29.0");

        assertThat(result.errors()).isEmpty();
        assertThat(result.vintage()).isEqualTo("O*NET 29.0");
        assertThat(result.rows())
                .extracting(OnetOccupation::soc, OnetOccupation::description)
                .containsExactly(
                        tuple("11-1011", "Determine and formulate policies, and provide overall direction."),
                        tuple("31-9091", "Perform limited clinical duties, \"chairside\"."));
    }

    @Test
    void theNewerCsvReleaseParsesWhenTheSharedDataIsThere() throws IOException {
        // Only where the shared data folder is; the inline CSV above covers the layout everywhere.
        assumeTrue(Files.isReadable(NEWER_CSV), "no " + NEWER_CSV);
        try (InputStream in = Files.newInputStream(NEWER_CSV)) {
            ParseResult<OnetOccupation> result = PARSER.parse(in, "O*NET occupation_code_ref");
            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(1016);
        }
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(
                        () -> PARSER.parse(LmiTestFiles.text("O*NET-SOC Code\tTitle\n31-9091.00\tDental Assistants\n")))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET occupation data: missing column(s) \"Description\"");
    }

    @Test
    void anUnexpectedColumnIsNamed() {
        String text = "O*NET-SOC Code\tTitle\tDescription\tJob Zone\n31-9091.00\tDental Assistants\tAssist.\t3\n";

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text(text)))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET occupation data: unexpected column(s) \"Job Zone\"");
    }

    @Test
    void badCodesAndEmptyCellsBecomeRowErrors() {
        String text = "O*NET-SOC Code\tTitle\tDescription\n"
                + "31-9091.00\tDental Assistants\tAssist dentists.\n"
                + "12345\tBroken\tA code without its hyphen and suffix.\n"
                + "31-9092.00\t\tA title is missing.\n"
                + "31-9091.00\tDental Assistants\tTwice.\n"
                + "31-9093.00\tMedical Equipment Preparers\tPrepare equipment.\n";

        ParseResult<OnetOccupation> result = PARSER.parse(LmiTestFiles.text(text));

        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rows()).extracting(OnetOccupation::onetSocCode).containsExactly("31-9091.00", "31-9093.00");
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "O*NET-SOC Code", "\"12345\" is not an O*NET-SOC code (expected NN-NNNN.NN)"),
                        tuple(4, "Title", "is empty"),
                        tuple(5, "O*NET-SOC Code", "31-9091.00 is already on row 2"));
    }

    @Test
    void aWorkbookOrNonUtf8TextIsUnreadable() {
        byte[] workbook = LmiTestFiles.shippedBytes(LmiTestFiles.KYSTATS);
        assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(workbook)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("zip archive or Excel workbook");

        byte[] latin1 =
                "O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tCaf\u00e9\tx\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(latin1)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("O*NET occupation data: the file is not UTF-8 text");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text("")))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET occupation data: the file is empty (no header row)");
    }
}

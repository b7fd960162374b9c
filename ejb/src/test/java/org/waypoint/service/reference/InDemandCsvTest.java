package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;

/** A board's in-demand list (WIOA sec. 3(23)) as a CSV file: taken whole or not at all. */
class InDemandCsvTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsSocAndTitleInAnyOrderAndAnyCaseWithTheBomAndOnetCodes() {
        assertThat(InDemandCsv.read(csv("\uFEFFTitle,SOC,Source\n"
                        + "Dental Assistants,319091,Local plan 2024\n"
                        + "Registered Nurses,29-1141.00,\n"
                        + "Dental Assistants,31-9091,duplicate kept once\n")))
                .containsExactly(
                        new InDemandCsv.Row("31-9091", "Dental Assistants", "Local plan 2024"),
                        new InDemandCsv.Row("29-1141", "Registered Nurses", null));
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingItsLine() {
        assertThatThrownBy(() -> InDemandCsv.read(csv("soc,title\n31-9091,Dental Assistants\n3191,Nurses\n29-1141,\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("file")
                        .extractingByKey("file")
                        .asString()
                        .contains("Nothing was imported", "line 3", "\"3191\"", "line 4: the title is missing"));
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefused() {
        assertThatThrownBy(() -> InDemandCsv.read(csv("code,name\n31-9091,Dental\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("soc and title");
        assertThatThrownBy(() -> InDemandCsv.read(csv("soc,title\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no occupations");
        assertThatThrownBy(() -> InDemandCsv.read(new byte[0])).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void labelsNeverSayNotInDemandWhereNoListIsLoaded() {
        assertThat(InDemandLabel.noList("Atlanta Regional", "Georgia").text())
                .contains("Not known", "no official in-demand list or projections are loaded")
                .doesNotContainIgnoringCase("not in demand");
        assertThat(InDemandLabel.local("Bluegrass").listed()).isTrue();
        assertThat(InDemandLabel.notListed("Bluegrass", "Kentucky").listed()).isFalse();
    }
}

package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logical family of the checks before release, rule by rule, each with its source. */
class PirlRulesTest {

    static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);

    static Map<String, String> valid() {
        Map<String, String> r = new HashMap<>();
        r.put("100", "WP-ABCDEFGH");
        r.put("200", "19900615");
        r.put("900", "20250203");
        r.put("903", "1");
        r.put("1300", "0");
        return r;
    }

    static List<String> elements(Map<String, String> r) {
        return PirlRules.check(r, QUARTER_END).stream()
                .map(PirlRules.Finding::element)
                .toList();
    }

    @Test
    void aValidRecordBreaksNoRule() {
        assertThat(PirlRules.check(valid(), QUARTER_END)).isEmpty();
    }

    @Test
    void exitBeforeEntry() { // 901, 20 CFR 677.150(c)
        Map<String, String> r = valid();
        r.put("901", "20250101");
        assertThat(elements(r)).containsExactly("901");
    }

    @Test
    void entryOrExitAfterTheReportQuarter() { // 900: the report covers participation up to its quarter's end
        Map<String, String> r = valid();
        r.put("900", "20261001");
        assertThat(elements(r)).contains("900");
    }

    @Test
    void aTrainingDateNeedsAType() { // layout, 1303: "if 1302 has a date"
        Map<String, String> r = valid();
        r.put("1300", "1");
        r.put("1302", "20250301");
        assertThat(elements(r)).containsExactly("1303");
        r.put("1303", "06");
        assertThat(elements(r)).isEmpty();
    }

    @Test
    void receivedTrainingAndItsDateAgree() { // layout, 1300 and 1302
        Map<String, String> r = valid();
        r.put("1300", "1");
        assertThat(elements(r)).containsExactly("1302");
    }

    @Test
    void trainingEndsOnOrAfterItsStart() { // layout, 1308
        Map<String, String> r = valid();
        r.put("1300", "1");
        r.put("1302", "20250301");
        r.put("1303", "06");
        r.put("1308", "20250201");
        assertThat(elements(r)).containsExactly("1308");
    }

    @Test
    void employmentAfterExitNeedsAnExit() { // layout, 1600-1607 "after exit quarter"
        Map<String, String> r = valid();
        r.put("1602", "1");
        assertThat(elements(r)).containsExactly("1602");
        r.put("901", "20250601");
        assertThat(elements(r)).isEmpty();
    }

    @Test
    void aCredentialCountsWithinAYearAfterExit() { // 20 CFR 677.155(a)(1)(iv)
        Map<String, String> r = valid();
        r.put("901", "20250601");
        r.put("1801", "20260701");
        assertThat(elements(r)).containsExactly("1801");
        r.put("1801", "20260501");
        assertThat(elements(r)).isEmpty();
    }

    @Test
    void bornBeforeEntry() { // 200
        Map<String, String> r = valid();
        r.put("200", "20250203");
        assertThat(elements(r)).containsExactly("200");
    }

    @Test
    void reportedUnderSomeProgram() { // 903-905, 918
        Map<String, String> r = valid();
        r.put("903", "0");
        assertThat(elements(r)).containsExactly("903");
    }

    @Test
    void theIdentifierIsNotTheSsn() { // layout, element 100
        Map<String, String> r = valid();
        r.put("100", "123-45-6789");
        r.put("2700", "123456789");
        assertThat(elements(r)).containsExactly("100");
    }
}

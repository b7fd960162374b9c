package org.waypoint.service.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorRow;
import org.waypoint.service.reporting.indicators.ReportProgram;
import org.waypoint.service.reporting.pirl.PirlQuarter;

/** Reporting's rule messages and labels read in Spanish on a Spanish page, the English as before (issue 19). */
class ReportingTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aQuarterThatHasNotBegunReadsInBothLanguages() {
        var problem = PirlQuarter.problem("2027Q1", LocalDate.of(2026, 11, 16)).orElseThrow();
        assertThat(problem.english()).isEqualTo("The quarter 2027Q1 has not begun.");
        assertThat(problem.in(SPANISH)).isEqualTo("El trimestre 2027Q1 todavía no ha comenzado.");
        assertThat(PirlQuarter.problem("Q3", LocalDate.of(2026, 11, 16))
                        .orElseThrow()
                        .english())
                .isEqualTo("Write the quarter as the year and Q1 to Q4, e.g. 2026Q3.");
    }

    @Test
    void anUnknownBreakdownIsNamedInBothLanguages() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Breakdown.parse("county"));
        assertThat(e.getFieldErrors())
                .containsEntry("breakdown", "Choose TOTAL, PROGRAM, LWDA, OFFICE or CASE_MANAGER.");
        assertThat(e.getFieldErrors(SPANISH))
                .containsEntry("breakdown", "Elija TOTAL, PROGRAM, LWDA, OFFICE o CASE_MANAGER.");
    }

    @Test
    void labelsReadTheSameEnglishAsBefore() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.text().english()).isEqualTo(i.label());
        }
        for (Breakdown b : Breakdown.values()) {
            assertThat(b.text().english()).isEqualTo(b.label());
        }
        for (ReportProgram p : ReportProgram.values()) {
            assertThat(p.text().english()).isEqualTo(p.label());
        }
        assertThat(Indicator.CREDENTIAL_RATE.text().in(SPANISH)).isEqualTo("Tasa de obtención de credenciales");
        IndicatorRow all = new IndicatorRow("-", "All", java.util.List.of());
        assertThat(all.labelText().in(SPANISH)).isEqualTo("Todos");
        assertThat(new IndicatorRow("ADULT", "Adult", java.util.List.of())
                        .labelText()
                        .in(SPANISH))
                .isEqualTo("Adultos");
        assertThat(new IndicatorRow("7", "Bluegrass", java.util.List.of())
                        .labelText()
                        .in(SPANISH))
                .isEqualTo("Bluegrass");
    }

    @Test
    void theCohortWindowReadsInSpanish() {
        var drillDown = new org.waypoint.service.reporting.indicators.DrillDown(
                Indicator.EMPLOYMENT_Q2, "2026Q3", "2024 Q4 to 2025 Q3", "All", 0, java.util.List.of());
        assertThat(drillDown.windowText().english()).isEqualTo("2024 Q4 to 2025 Q3");
        assertThat(drillDown.windowText().in(SPANISH)).isEqualTo("2024 Q4 a 2025 Q3");
        assertThat(drillDown.groupLabelText().in(SPANISH)).isEqualTo("Todos");
    }
}

package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void wholeDollarsWithThousandsSeparators() {
        assertThat(ReportFormat.dollars(39_647)).isEqualTo("$39,647");
        assertThat(ReportFormat.dollars(114_560)).isEqualTo("$114,560");
    }

    @Test
    void dollarsAndCentsKeepTheTrailingZero() {
        assertThat(ReportFormat.dollarsAndCents(new BigDecimal("19.06"))).isEqualTo("$19.06");
        assertThat(ReportFormat.dollarsAndCents(new BigDecimal("20.5"))).isEqualTo("$20.50");
    }

    @Test
    void aMissingFigureIsNotPublishedNeverZeroOrBlank() {
        assertThat(ReportFormat.dollars(null)).isEqualTo("Not published");
        assertThat(ReportFormat.dollarsAndCents(null)).isEqualTo("Not published");
        assertThat(ReportFormat.count(null)).isEqualTo("Not published");
        assertThat(ReportFormat.percent(null)).isEqualTo("Not published");
        assertThat(ReportFormat.text(null)).isEqualTo("Not published");
        assertThat(ReportFormat.text(" ")).isEqualTo("Not published");
    }

    @Test
    void aPublishedZeroIsStillZero() {
        // Only a missing figure reads "Not published": a shrinking occupation can add 0 jobs.
        assertThat(ReportFormat.count(0)).isEqualTo("0");
    }

    @Test
    void percentagesToOneDecimalRoundedHalfUp() {
        assertThat(ReportFormat.percent(new BigDecimal("9.2326"))).isEqualTo("9.2%");
        assertThat(ReportFormat.percent(new BigDecimal("4.05"))).isEqualTo("4.1%");
        assertThat(ReportFormat.percent(new BigDecimal("-3.14"))).isEqualTo("-3.1%");
        assertThat(ReportFormat.percent(BigDecimal.TEN)).isEqualTo("10.0%");
    }

    @Test
    void countsWithThousandsSeparators() {
        assertThat(ReportFormat.count(1_272)).isEqualTo("1,272");
        assertThat(ReportFormat.count(-12)).isEqualTo("-12");
    }

    @Test
    void usDates() {
        assertThat(ReportFormat.date(LocalDate.of(2026, 11, 23))).isEqualTo("November 23, 2026");
        assertThat(ReportFormat.date(LocalDate.of(2026, 3, 5))).isEqualTo("March 5, 2026");
        assertThat(ReportFormat.isoDate("2026-11-02")).isEqualTo("November 2, 2026");
        assertThat(ReportFormat.isoDate("May 2024")).isEqualTo("May 2024");
        assertThat(ReportFormat.isoDate(null)).isEqualTo("Not published");
    }
}

package org.waypoint.service.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;

/** The activity tables keep their English titles and headings, and a Spanish page reads them in Spanish (issue 19). */
class ReportTableTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anActivityTableReadsInBothLanguages() {
        ReportTable caseload = new ReportTable(
                "caseload",
                ReportTable.activityTitle("caseload", "2026Q3").english(),
                ReportTable.activityColumns("caseload").stream()
                        .map(Text::english)
                        .toList(),
                List.of());
        assertThat(caseload.title()).isEqualTo("Caseload sizes at the end of (2026Q3)");
        assertThat(caseload.columns()).containsExactly("Case manager", "Local area", "Participants", "Of them youth");
        assertThat(caseload.titleText().in(SPANISH)).isEqualTo("Número de casos al final de (2026Q3)");
        assertThat(caseload.columnTexts().get(0).in(SPANISH)).isEqualTo("Administrador de casos");
        assertThat(ReportTable.activityColumns("exits").stream()
                        .map(Text::english)
                        .toList())
                .containsExactly(
                        "Local area",
                        "Program",
                        "Exits",
                        "90 days without service",
                        "Common exit",
                        "By staff",
                        "Excluded (PIRL 923)");
    }

    @Test
    void anyOtherTableIsAsItIs() {
        ReportTable other = new ReportTable("indicators", "Primary indicators", List.of("Program"), List.of());
        assertThat(other.titleText().in(SPANISH)).isEqualTo("Primary indicators");
        assertThat(other.columnTexts().get(0).in(SPANISH)).isEqualTo("Program");
    }
}

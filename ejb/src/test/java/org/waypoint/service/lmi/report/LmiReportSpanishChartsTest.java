package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.lmi.report.LmiReportFixtures.BLUEGRASS;
import static org.waypoint.service.lmi.report.LmiReportFixtures.PREPARED_ON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.testing.PdfText;

/**
 * The LMI report's charts and the growth-and-openings explanation print in the report's language
 * (issue 19): a Spanish report has Spanish chart titles, series, notes and explanation, with the same
 * figures; the English report is as before.
 */
class LmiReportSpanishChartsTest {

    private static final LmiReportWriter WRITER = new LmiReportWriter();

    /** The fixture's profile, its signal explained as Waypoint explains it (with its figures). */
    private static OccupationProfile dentalWithReason() {
        OccupationProfile p = LmiReportFixtures.dentalAssistantsInBluegrass();
        InDemand.Reason reason = new InDemand.Reason("grows", List.of("9.2%", "Bluegrass LWA", "4.1%", "127", "38"));
        InDemand inDemand = new InDemand(true, true, reason.text().english(), reason);
        return new OccupationProfile(
                p.soc(),
                p.onetSocCode(),
                p.title(),
                p.description(),
                p.area(),
                p.projection(),
                p.wages(),
                p.typicalEducation(),
                p.workExperience(),
                p.onTheJobTraining(),
                p.onetRequiredEducation(),
                p.related(),
                p.areaMedianWage(),
                p.medianAboveAreaMedian(),
                inDemand,
                p.lmiComment(),
                p.sources());
    }

    private static PdfText print(DocumentLanguage language) {
        return PdfText.of(WRITER.write(new LmiReport(
                "Ana Torres",
                "Pat Smith",
                PREPARED_ON,
                dentalWithReason(),
                LmiReportFixtures.dentalAssistantsAcrossAreas(),
                List.of(LmiReportFixtures.medicalAssistantsInBluegrass()),
                language)));
    }

    @Test
    void aSpanishReportHasSpanishChartTitlesAndExplanation() {
        String text = print(DocumentLanguage.SPANISH).text;

        assertThat(text)
                .contains("Rango salarial por área")
                .contains("Vacantes anuales por Área Local de Fuerza Laboral")
                .contains("Comparación: salario mediano anual")
                .contains("Comparación: vacantes por año")
                .contains("El empleo crece 9.2% (todos los empleos en Bluegrass LWA: 4.1%) y hay 127 vacantes por año")
                .doesNotContain(LmiCharts.WAGE_RANGE_BY_AREA)
                .doesNotContain(LmiCharts.OPENINGS_BY_LWA)
                .doesNotContain(LmiCharts.SIDE_BY_SIDE_WAGES)
                .doesNotContain("Employment grows");
    }

    @Test
    void theEnglishReportIsAsBefore() {
        String text = print(DocumentLanguage.ENGLISH).text;

        assertThat(text)
                .contains(LmiCharts.WAGE_RANGE_BY_AREA)
                .contains(LmiCharts.OPENINGS_BY_LWA)
                .contains(LmiCharts.SIDE_BY_SIDE_WAGES)
                .contains(LmiCharts.SIDE_BY_SIDE_OPENINGS)
                .contains("Employment grows 9.2% (all jobs in Bluegrass LWA: 4.1%) and there are 127 openings a year"
                        + " (the median occupation here: 38).")
                .doesNotContain("Rango salarial");
    }

    @Test
    void theChartsSeriesAxesAndNotesAreInTheReportsLanguage() {
        DocumentText spanish = DocumentText.of(DocumentLanguage.SPANISH);
        List<org.waypoint.service.lmi.AreaComparison.Row> rows =
                LmiReportFixtures.dentalAssistantsAcrossAreas().rows();

        LmiCharts.SizedChart wages = LmiCharts.wageRangeByArea(rows, spanish).orElseThrow();
        assertThat(wages.chart().getTitle().getText()).isEqualTo("Rango salarial por área");
        assertThat(wages.chart().getCategoryPlot().getDataset().getRowKeys())
                .containsExactly("Inicial", "Mediano", "Con experiencia");
        assertThat(wages.chart().getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("Salario anual");
        assertThat(wages.description()).startsWith("Gráfico de barras: salario anual inicial");

        LmiCharts.SizedChart openings =
                LmiCharts.openingsByLwa(rows, BLUEGRASS, spanish).orElseThrow();
        assertThat(openings.description()).contains("Áreas Locales de Fuerza Laboral");

        LmiCharts.SizedChart english = LmiCharts.wageRangeByArea(rows).orElseThrow();
        assertThat(english.description()).isEqualTo("Bar chart: entry, median and experienced annual wage in 6 areas.");
    }
}

package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.lmi.report.LmiReportFixtures.PREPARED_ON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.testing.PdfText;

/**
 * The LMI report goes home with the career seeker, so it prints in their preferred language: the
 * headings, labels and the plan summary's wording in Spanish with the same figures, and a name
 * outside Windows-1252 as written.
 */
class LmiReportLanguageTest {

    private static final LmiReportWriter WRITER = new LmiReportWriter();

    private static PdfText print(DocumentLanguage language) {
        return PdfText.of(WRITER.write(new LmiReport(
                "Nguyễn Thị Ánh",
                "Pat Smith",
                PREPARED_ON,
                LmiReportFixtures.dentalAssistantsInBluegrass(),
                LmiReportFixtures.dentalAssistantsAcrossAreas(),
                List.of(LmiReportFixtures.medicalAssistantsInBluegrass()),
                language)));
    }

    @Test
    void inSpanishTheHeadingsLabelsAndSummaryAreSpanish() {
        PdfText spanish = print(DocumentLanguage.SPANISH);
        assertThat(spanish.text)
                .contains("Preparado para Nguyễn Thị Ánh por Pat Smith")
                .contains("En qué consiste el trabajo")
                .contains("Salarios")
                .contains("Perspectivas de empleo")
                .contains("Resumen para el plan de empleo")
                .contains("prom. anual $39,647")
                .contains("Página 1")
                .doesNotContain("What the work is")
                .doesNotContain("avg. annually");
    }

    @Test
    void inEnglishTheSameReportIsEnglish() {
        PdfText english = print(DocumentLanguage.ENGLISH);
        assertThat(english.text)
                .contains("Prepared for Nguyễn Thị Ánh by Pat Smith")
                .contains("What the work is")
                .contains("Summary for the employment plan")
                .doesNotContain("Salarios");
    }
}

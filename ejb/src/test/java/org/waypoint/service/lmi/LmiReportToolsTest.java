package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.report.LmiReport;
import org.waypoint.service.lmi.report.LmiReportWriter;
import org.waypoint.service.testing.PdfText;

/**
 * The printed report answers "what kind of tools would I be expected to use at this job?" (Kentucky
 * 24-003, Attachment A) with O*NET 29.2's real tools, flagged technology and core tasks of Dental
 * Assistants, read back from the PDF in English and in Spanish (issue 20). The tools and tasks
 * print as O*NET publishes them; headings, flags and notes in the report's language.
 */
class LmiReportToolsTest {

    private static LmiDatabase db;
    private static OccupationProfiles profiles;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        profiles = new OccupationProfiles(db.data());
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static String print(String soc, String area, DocumentLanguage language) {
        OccupationProfile profile = profiles.profile(soc, area).orElseThrow();
        return PdfText.of(new LmiReportWriter()
                        .write(new LmiReport(
                                "Ana Torres",
                                "Pat Smith",
                                LocalDate.of(2026, 12, 6),
                                profile,
                                profiles.comparison(soc),
                                List.of(),
                                language)))
                .text
                .replaceAll("\\s+", " ");
    }

    @Test
    void theEnglishReportListsDentalAssistantsToolsTechnologyAndCoreTasks() {
        String text = print("31-9091", "KY-bluegrass", DocumentLanguage.ENGLISH);

        assertThat(text)
                .contains("Tools and technology used on the job")
                .contains("What kind of tools would I be expected to use at this job?")
                .contains("Orthodontic pliers")
                .contains("Band seating pliers")
                .contains("Henry Schein Dentrix")
                .contains("In Demand, Hot Technology")
                .contains("Hot Technology: often named in employers' job postings")
                .contains("Main tasks")
                .contains("Record treatment information in patient records.")
                .contains("Core tasks (critical to the occupation) first; 8 of the 16 tasks O*NET lists.")
                .contains("Preparation needed (O*NET Job Zone)")
                .contains("Job Zone Three: Medium Preparation Needed")
                .contains("Figures for Bluegrass LWA: employment projections, openings and wages")
                .contains("CC BY 4.0");
        assertThat(text.indexOf("Tools and technology used on the job"))
                .isGreaterThan(text.indexOf("Education and training"))
                .isLessThan(text.indexOf("Main tasks"));
    }

    @Test
    void theSpanishReportHasTheSameToolsUnderSpanishHeadings() {
        String text = print("31-9091", "KY-bluegrass", DocumentLanguage.SPANISH);

        assertThat(text)
                .contains("Herramientas y tecnología que se usan en el trabajo")
                .contains("¿Qué tipo de herramientas tendría que usar en este trabajo?")
                .contains("Orthodontic pliers")
                .contains("Henry Schein Dentrix")
                .contains("Con demanda (In Demand), Tecnología de punta (Hot Technology)")
                .contains("Tareas principales")
                .contains("Record treatment information in patient records.")
                .contains("Esencial")
                .contains("Zona de trabajo tres: se necesita una preparación media")
                .contains("Datos de Bluegrass LWA")
                .doesNotContain("Tools and technology used on the job")
                .doesNotContain("Main tasks");
    }

    @Test
    void registeredNursesPrintEachSpecialtyWithinTheLimits() {
        String text = print("29-1141", "KY-kentuckiana-works", DocumentLanguage.ENGLISH);

        assertThat(text)
                .contains("Registered Nurses (O*NET-SOC 29-1141.00)")
                .contains("Critical Care Nurses (O*NET-SOC 29-1141.03)")
                .contains("Clinical Nurse Specialists (O*NET-SOC 29-1141.04)")
                .contains("5 of the 30 tasks O*NET lists")
                .contains("more kinds of tools in O*NET");
    }
}

package org.waypoint.service.plan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.reference.AgencyZone;
import org.waypoint.service.testing.PdfText;

/**
 * The plan goes home with the participant, so it prints in their preferred language (Title VI; 29
 * CFR 38.9), with their name as written, and its times in the office's local time. The same Kentucky
 * IEP is printed for Nguyễn Thị Ánh, whose preferred language is Spanish, once in Spanish and once
 * in English, and read back as a reader's software sees it.
 */
class PlanPdfLanguageTest {

    private static final String NAME = "Nguyễn Thị Ánh";

    private static final ZoneId PADUCAH = AgencyZone.resolve("America/Chicago", "America/New_York");

    private static final PlanPdfWriter WRITER = new PlanPdfWriter();

    private static PdfText spanish;
    private static PdfText english;

    @BeforeAll
    static void printTheSamePlanInBothLanguages() {
        PlanPdf plan = PlanPdfFixtures.fullIep();
        spanish = PdfText.of(WRITER.write(
                PlanPdfFixtures.forParticipant(plan, NAME, DocumentLanguage.SPANISH, PlanPdfFixtures.EASTERN)));
        english = PdfText.of(WRITER.write(
                PlanPdfFixtures.forParticipant(plan, NAME, DocumentLanguage.ENGLISH, PlanPdfFixtures.EASTERN)));
    }

    @Test
    void aSpanishPlanHasSpanishTitleAndHeadings() {
        assertThat(spanish.text)
                .contains("Plan Individual de Empleo")
                .contains("Metas de empleo")
                .contains("Información del mercado laboral")
                .contains("Barreras para el empleo")
                .contains("Calendario de actividades y servicios")
                .contains("Objetivos de logro")
                .contains("Firmas")
                .doesNotContain("Employment goals")
                .doesNotContain("Individual Employment Plan");
    }

    @Test
    void aSpanishPlanTranslatesLabelsAndElementNamesButNotWhatStaffTyped() {
        assertThat(spanish.text)
                .contains("Número de participante")
                .contains("Servicio de capacitación")
                .contains("A largo plazo")
                // staff typed these in English; they print as typed
                .contains("Started classes on time; child care in place")
                .contains("Radiography exam objective added");
    }

    @Test
    void aSpanishPlanPrintsTheConsentSentenceInSpanish() {
        assertThat(spanish.text)
                .contains("Firmado electrónicamente al escribir el nombre, con consentimiento.")
                .doesNotContain("Signed electronically by typing the name, with consent");
    }

    @Test
    void aNameOutsideWindows1252IsExtractedIntact() {
        assertThat(spanish.text).contains(NAME);
        assertThat(english.text).contains(NAME);
    }

    @Test
    void theSamePlanWithEnglishIsEnglish() {
        assertThat(english.text)
                .contains("Individual Employment Plan")
                .contains("Employment goals")
                .contains("Signed electronically by typing the name, with consent.")
                .doesNotContain("Metas de empleo")
                .doesNotContain("Firmas");
    }

    @Test
    void aPaducahSigningPrintsInCentralTime() {
        // signed 2026-11-23 15:15 UTC: 9:15 AM in Paducah (Central), 10:15 AM in Lexington (Eastern)
        PdfText paducah = PdfText.of(WRITER.write(
                PlanPdfFixtures.forParticipant(PlanPdfFixtures.fullIep(), NAME, DocumentLanguage.ENGLISH, PADUCAH)));
        assertThat(paducah.text).contains("Signed 11/23/2026 9:15 AM CST").doesNotContain("10:15 AM");
        assertThat(english.text).contains("Signed 11/23/2026 10:15 AM EST");
    }
}

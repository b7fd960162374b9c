package org.waypoint.service.plan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.plan.pdf.PlanPdfFixtures.KYSTATS;
import static org.waypoint.service.plan.pdf.PlanPdfFixtures.OEWS;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.pdf.PlanPdf.Signature;
import org.waypoint.service.testing.PdfText;

/**
 * Prints a complete Kentucky IEP, a Georgia ISS and an empty draft, reads the PDFs back and checks
 * what a monitor reads: every section under its heading, in the plan's order, with its content (or
 * "Not recorded"), the LMI figures with their sources, and who signed, how and when. The headings
 * are written out here rather than taken from the code, so that dropping or renaming a section
 * fails these tests.
 */
class PlanPdfWriterTest {

    /** The sections of an IEP, in the order the plan reads. */
    static final List<String> IEP_HEADINGS = List.of(
            "Employment goals",
            "Labor market information",
            "Industry sectors",
            "Strengths",
            "Goals and challenges",
            "Stressors and challenges",
            "Barriers to employment",
            "Need for training",
            "Training and supportive-service needs",
            "Schedule of activities and services",
            "Training plan",
            "Achievement objectives",
            "Career pathway",
            "Provider information",
            "Follow-up plan",
            "Reviews",
            "Signatures");

    private static final PlanPdfWriter WRITER = new PlanPdfWriter();

    private static byte[] iepPdf;
    private static PdfText iep;
    private static PdfText iss;
    private static PdfText draft;

    @BeforeAll
    static void printThePlans() {
        iepPdf = WRITER.write(PlanPdfFixtures.fullIep());
        iep = PdfText.of(iepPdf);
        iss = PdfText.of(WRITER.write(PlanPdfFixtures.iss()));
        draft = PdfText.of(WRITER.write(PlanPdfFixtures.emptyDraft(PlanKind.IEP)));
    }

    @Test
    void aPdfOfLetterSizePages() {
        assertThat(new String(Arrays.copyOf(iepPdf, 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(iep.pageWidth).isEqualTo(612f);
        assertThat(iep.pageHeight).isEqualTo(792f);
    }

    @Test
    void theTitleBlockSaysWhichPlanForWhomAndWhichVersion() {
        String title = iep.pageTexts.get(0);
        assertThat(title)
                .startsWith("Workforce Innovation and Opportunity Act, Title I — Kentucky guidance 24-003"
                        + " Individual Employment Plan Jordan Reyes")
                .contains("Printed 11/24/2026 9:00 AM EST");
        assertRow(title, "Participant number", "KY-000123");
        assertRow(title, "Local workforce development area", "Bluegrass LWA");
        assertRow(title, "Case manager", "Pat Smith");
        assertRow(title, "Plan", "17");
        assertRow(title, "Version", "3 — Signed 11/23/2026");
        assertRow(title, "State policy", "Kentucky guidance 24-003");
        assertRow(title, "Developed jointly with the participant", "Yes");
    }

    @Test
    void everyPageIsNumberedAndSaysWhichPlanAndVersionItBelongsTo() {
        assertThat(iep.pages).isGreaterThan(1);
        for (int page = 1; page <= iep.pages; page++) {
            assertThat(iep.pageTexts.get(page - 1))
                    .contains("Page " + page)
                    .contains("Individual Employment Plan — KY-000123 — plan 17, version 3 — Signed 11/23/2026");
        }
    }

    @Test
    void everySectionOfTheIepPrintsInThePlansOrder() {
        assertThat(iep.text).containsSubsequence(IEP_HEADINGS);
        assertThat(iep.text).doesNotContain("Youth service strategy");
    }

    @Test
    void theEmploymentGoalsNameTheOccupationAndTheJustification() {
        String goals = section(iep, "Employment goals");
        assertRow(goals, "Term", "Occupation", "Occupational cluster", "Justification");
        assertRow(
                goals,
                "Short-term",
                "Receptionists and Information Clerks (SOC 43-4171)",
                "Not recorded",
                "Front-desk work at a dental office while she trains");
        assertRow(
                goals,
                "Long-term",
                "Dental Assistants (SOC 31-9091)",
                "Health Science",
                "Grows 9.2% in Bluegrass with 128 openings a year; she worked the front desk of a clinic");
    }

    @Test
    void theLmiSectionHasTheQuestionsTheCommentAndTheSavedFiguresWithTheirSources() {
        String lmi = section(iep, "Labor market information");
        assertRow(lmi, "Area", "Bluegrass LWA");
        assertRow(lmi, "Reviewed", "11/20/2026 by pat.smith");
        assertRow(lmi, "Reviewed the current LMI with the participant?", "Yes");
        assertRow(lmi, "Does the LMI indicate marketable skills?", "Yes");
        assertRow(
                lmi, "Based on the current labor market?", "No — Most openings are in Lexington; she plans to commute");
        assertRow(lmi, "LMI comment", "Dental Assistants in Bluegrass pay $39,647 a year on average");
        assertRow(lmi, "Waypoint's comment from the figures", "Dental Assistants; Bluegrass LWA avg. annually");
        assertRow(lmi, "Figure", "Dental Assistants (SOC 31-9091)", "Medical Assistants (SOC 31-9092)");
        assertRow(lmi, "Mean wage, annual", "$39,647", "$37,794");
        assertRow(lmi, "Mean wage, hourly (annual ÷ 2,080)", "$19.06", "$18.17");
        assertRow(lmi, "Median wage, annual", "$38,758", "Not published");
        assertRow(lmi, "Entry wage, annual", "$28,237", "Not published");
        assertRow(lmi, "Experienced wage, annual", "$46,649", "Not published");
        assertRow(lmi, "Employment, base to projected", "834 to 911", "Not published");
        assertRow(lmi, "Percent change", "9.2%", "Not published");
        assertRow(lmi, "Openings a year", "128", "Not published");
        assertRow(lmi, "Waypoint growth-and-openings signal", "Met", "Not known");
        assertRow(lmi, "Typical education", "Postsecondary nondegree award", "Postsecondary nondegree award");
        assertRow(lmi, "Wage source", KYSTATS, OEWS);
        assertRow(lmi, "Projection source", KYSTATS, "Not published");
        assertThat(lmi).contains(OccupationProfile.ONET_ATTRIBUTION);
    }

    @Test
    void theNarrativeSectionsPrintTheirText() {
        assertThat(section(iep, "Industry sectors")).contains("Healthcare").contains("Advanced manufacturing");
        assertThat(section(iep, "Strengths")).contains("Reliable; bilingual in Spanish and English");
        assertThat(section(iep, "Goals and challenges")).contains("A full-time job with benefits within a year");
        assertThat(section(iep, "Stressors and challenges")).contains("Child care in the evenings");
        assertThat(section(iep, "Barriers to employment"))
                .contains("Single parent")
                .contains("Low income");
        assertThat(section(iep, "Provider information")).contains("ETPL: BCTC and Galen College");
        assertThat(section(iep, "Follow-up plan")).contains("Monthly contact for 12 months");
    }

    @Test
    void theNeedForTrainingAnswersEachFindingWithItsDocumentation() {
        String need = section(iep, "Need for training");
        assertRow(need, "Finding", "Yes/No", "Documentation");
        assertRow(
                need,
                "Lacks the marketable credential needed for self-sufficient employment in the local area",
                "Yes",
                "No postsecondary credential (registration, case note of 11/20/2026)");
        assertRow(
                need,
                "Unlikely to obtain or retain self-sufficient employment through career services alone",
                "Yes",
                "Three months of job search without an offer above $12 an hour");
        assertRow(
                need,
                "In need of training to obtain or retain such employment",
                "Yes",
                "The goal occupation requires a certificate");
        assertRow(
                need,
                "Has the skills and qualifications to participate successfully in training",
                "Yes",
                "TABE reading level 11; completed high school");
        assertThat(need).doesNotContain("not required");
        String needs = section(iep, "Training and supportive-service needs");
        assertRow(needs, "Pre-employment and work maturity skills", "Interview practice");
        assertRow(needs, "Basic education skills", "None: TABE at level 11");
        assertRow(needs, "Occupational skills", "Chairside assisting and radiography");
        assertRow(needs, "Supportive-service needs", "Evening child care and gas cards during classes");
        assertRow(needs, "Other skill deficiencies and barriers", "No driver's license renewal yet");
    }

    @Test
    void theScheduleListsEveryServiceWithItsFundingDatesAndPlannedCostOnly() {
        // what was planned, never delivery: a signed plan prints the same however the services went
        String schedule = section(iep, "Schedule of activities and services");
        assertRow(schedule, "Type", "Description", "Provider", "Funding", "Planned", "Planned cost");
        assertRow(
                schedule,
                "Individualized career service",
                "Career counseling",
                "Lexington Kentucky Career Center",
                "WIOA",
                "11/23/2026 to 11/30/2026",
                "Not recorded");
        assertRow(
                schedule,
                "Training service",
                "Dental assisting certificate",
                "Bluegrass Community and Technical College",
                "WIOA",
                "12/01/2026 to 05/28/2027",
                "$3,200");
        assertRow(
                schedule,
                "Supportive service",
                "Evening child care during classes",
                "Community Action Council",
                "CCAP child care assistance",
                "12/01/2026 to 05/28/2027",
                "Not recorded");
    }

    @Test
    void theTrainingPlanHasTheProgramItsCostAndTheIta() {
        String training = section(iep, "Training plan");
        assertRow(training, "Eligible training provider", "Bluegrass Community and Technical College");
        assertRow(training, "Program", "Dental Assisting Certificate");
        assertRow(training, "CIP code", "51.0601");
        assertRow(training, "Cost", "$4,200");
        assertRow(training, "Length", "36 weeks");
        assertRow(training, "Credential", "Dental Assisting Certificate (DANB eligible)");
        assertRow(training, "Outcomes", "82% of completers employed in the second quarter after exit");
        assertRow(training, "Individual Training Account amount", "$3,950.50");
        assertRow(
                training,
                "Other grant aid considered (20 CFR 680.230)",
                "Pell Grant applied for; KEES scholarship not eligible");
    }

    @Test
    void theObjectivesAndTheCareerPathwayArePrintedWhole() {
        String objectives = section(iep, "Achievement objectives");
        assertRow(objectives, "Benchmark", "Measure", "Target date", "Status", "Status date", "Evidence");
        assertRow(
                objectives,
                "Earn the dental assisting certificate",
                "Certificate issued by BCTC",
                "06/30/2027",
                "Planned",
                "Not recorded",
                "Not recorded");
        assertRow(
                objectives,
                "Pass the radiation health and safety exam",
                "DANB RHS score of 400 or more",
                "04/15/2027",
                "In progress",
                "01/10/2027",
                "Registered for the 04/02/2027 sitting");
        assertThat(section(iep, "Career pathway"))
                .containsSubsequence(
                        "1. Dental receptionist (today)",
                        "2. Dental assistant (certificate)",
                        "3. Dental hygienist (degree)");
    }

    @Test
    void theReviewsSayWhatProgressWasMadeAndWhatChanged() {
        assertRow(
                section(iep, "Reviews"),
                "02/20/2027",
                "pat.smith",
                "Started classes on time; child care in place",
                "Radiography exam objective added");
    }

    @Test
    void bothSignersAreNamedWithTheirRoleHowAndWhenTheySigned() {
        assertThat(section(iep, "Signatures"))
                .containsSubsequence("Jordan Reyes", "Participant", "Jordan Reyes", "Method: Typed name")
                .containsSubsequence("Pat Smith", "Staff member", "Pat Smith", "Method: Typed name")
                .contains("Signed electronically by typing the name, with consent")
                .contains("Signed 11/23/2026 10:15 AM EST")
                .contains("Recorded by pat.smith");
        assertThat(iep.xObjectSubtypes).doesNotContain("/Image");
    }

    @Test
    void aDrawnSignatureIsPrintedAsItsImage() {
        PlanPdf plan = PlanPdfFixtures.fullIep(List.of(
                PlanPdfFixtures.drawn(Signature.Role.PARTICIPANT, "Jordan Reyes", PlanPdfFixtures.drawingDataUrl()),
                PlanPdfFixtures.typed(Signature.Role.STAFF, "Pat Smith")));

        PdfText pdf = PdfText.of(WRITER.write(plan));

        assertThat(pdf.xObjectSubtypes).contains("/Image");
        assertThat(section(pdf, "Signatures"))
                .contains("Method: Drawn on the signature pad")
                .doesNotContain("could not be printed");
    }

    @Test
    void aDrawingThatIsNotAPngSaysSoInsteadOfFailingThePrintout() {
        PlanPdf plan = PlanPdfFixtures.fullIep(List.of(
                PlanPdfFixtures.drawn(Signature.Role.PARTICIPANT, "Jordan Reyes", "{\"strokes\":[]}"),
                PlanPdfFixtures.drawn(Signature.Role.STAFF, "Pat Smith", "data:image/png;base64,not-a-png")));

        PdfText pdf = PdfText.of(WRITER.write(plan));

        assertThat(pdf.xObjectSubtypes).doesNotContain("/Image");
        assertThat(section(pdf, "Signatures")).containsSubsequence("could not be printed", "could not be printed");
    }

    @Test
    void anIssLinksTheYouthProgramElementsByNumberAndName() {
        assertThat(iss.pageTexts.get(0)).contains("Individual Service Strategy").contains("Georgia policy 3.3.1");
        assertThat(iss.text).containsSubsequence("Follow-up plan", "Youth service strategy", "Signatures");
        String youth = section(iss, "Youth service strategy");
        assertThat(youth)
                .containsSubsequence(
                        "Youth program elements linked (20 CFR 681.460)",
                        "4. Occupational skill training",
                        "13. Labor market and employment information about in-demand sectors");
        assertRow(youth, "Education goal", "Certificate in dental assisting by June 2027");
        assertRow(youth, "Non-traditional employment", "Yes");
        assertRow(youth, "Career planning", "Met twice; prefers hands-on work; toured the BCTC lab");
        assertRow(youth, "Follow-up strategy", "Quarterly contact for 12 months after exit; may decline");
        assertRow(youth, "Recent service strategy reused", "Not recorded");
    }

    @Test
    void anIssWithoutAnLmiReviewSaysWhichReviewIsLinked() {
        assertThat(section(iss, "Labor market information"))
                .contains("LMI review 41 is linked to the plan")
                .doesNotContain(OccupationProfile.ONET_ATTRIBUTION);
    }

    @Test
    void anEmptyDraftPrintsEverySectionAsNotRecordedAndSaysItIsADraft() {
        assertThat(draft.pageTexts.get(0)).contains("Version 1 — Draft — not signed");
        assertThat(draft.text).contains("Draft");
        List<String> headings =
                IEP_HEADINGS.stream().filter(h -> !h.equals("Reviews")).toList();
        assertThat(draft.text).containsSubsequence(headings).doesNotContain("Reviews");
        for (String heading : headings.subList(0, headings.size() - 1)) {
            assertThat(section(draft, heading)).as(heading).contains("Not recorded");
        }
        assertThat(section(draft, "Need for training")).contains("No training service is scheduled");
        assertThat(section(draft, "Signatures")).contains("Not signed.");
    }

    @Test
    void anEmptyIssDraftPrintsTheYouthStrategyAsNotRecorded() {
        PdfText emptyIss = PdfText.of(WRITER.write(PlanPdfFixtures.emptyDraft(PlanKind.ISS)));

        String youth = section(emptyIss, "Youth service strategy");
        assertThat(youth)
                .startsWith("Youth service strategy Youth program elements linked (20 CFR 681.460) Not recorded");
        assertRow(youth, "Education goal", "Not recorded");
        assertRow(youth, "Non-traditional employment", "Not recorded");
        assertRow(youth, "Follow-up strategy", "Not recorded");
    }

    /**
     * The cells of one table row (or a label and its value), side by side. The extracted text puts a
     * space between two cells or not, depending on the gap, so the row is compared without spaces.
     */
    static void assertRow(String text, String... cells) {
        assertThat(text.replace(" ", ""))
                .as("a row of %s", List.of(cells))
                .contains(String.join("", cells).replace(" ", ""));
    }

    /**
     * The text from a heading to the next heading the plan prints after it (or the end), the
     * headings looked up in order so that a word of the plan's text is not taken for one.
     */
    static String section(PdfText pdf, String heading) {
        List<String> all = new java.util.ArrayList<>(IEP_HEADINGS);
        all.add(all.indexOf("Reviews"), "Youth service strategy");
        Map<String, Integer> starts = new LinkedHashMap<>();
        int from = 0;
        for (String h : all) {
            int at = pdf.text.indexOf(h, from);
            if (at >= 0) {
                starts.put(h, at);
                from = at + h.length();
            }
        }
        assertThat(starts).as("headings found").containsKey(heading);
        int start = starts.get(heading);
        int end = starts.values().stream().filter(at -> at > start).findFirst().orElse(pdf.text.length());
        return pdf.text.substring(start, end);
    }
}

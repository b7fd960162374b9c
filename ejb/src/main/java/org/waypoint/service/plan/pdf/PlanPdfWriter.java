package org.waypoint.service.plan.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.waypoint.service.lmi.report.PageNumberFooter;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanText;

/**
 * Writes a plan version as the Letter-size PDF that goes in the case file and to the participant:
 * Georgia 3.3.1 wants a copy signed by staff and participant given to the participant and the
 * original kept in the case file, and monitors read it section by section. The sections follow the
 * plan's own order (Kentucky 24-003 sections A-E and must-include items, Georgia's five elements, the
 * youth strategy for an ISS), then the reviews and the signatures; every element prints, empty ones as
 * "Not recorded". It shares the LMI report's headings, fonts and page footer, so the two documents in a
 * case file look alike.
 *
 * <p>Plain Java and stateless: a service can hold one or make one per plan. Everything it prints comes
 * from the {@link PlanPdf}; it reads no database and no clock.
 */
public class PlanPdfWriter {

    /** 0.75 inch. */
    private static final float MARGIN = 54;

    /** Room under the text for the page footer. */
    private static final float BOTTOM_MARGIN = 66;

    private static final List<PlanSection> SECTIONS = List.of(
            new PlanTitleBlock(),
            new GoalsSection(),
            new LmiSection(),
            new ListSection("heading.industrySectors", PlanContent::industrySectors, false),
            new TextSection("heading.strengths", PlanContent::strengths),
            new TextSection("heading.goalsAndChallenges", PlanContent::goalsAndChallenges),
            new TextSection("heading.stressors", PlanContent::stressorsAndChallenges),
            new ListSection("heading.barriers", PlanContent::barriers, false),
            new NeedForTrainingSection(),
            new TrainingNeedsSection(),
            new ScheduleSection(),
            new TrainingPlanSection(),
            new ObjectivesSection(),
            new ListSection("heading.careerPathway", PlanContent::careerPathway, true),
            new TextSection("heading.providerInformation", PlanContent::providerInformation),
            new TextSection("heading.followUpPlan", PlanContent::followUpPlan),
            new YouthStrategySection(),
            new ReviewsSection(),
            new SignaturesSection());

    /** The PDF's bytes. */
    public byte[] write(PlanPdf plan) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setPageEvent(new PageNumberFooter(identity(plan), plan.words().get("page")));
        document.addTitle(plan.words()
                .get(
                        "plan.documentTitle",
                        plan.title(),
                        PlanText.text(plan.participantNumber()),
                        plan.versionNumber()));
        document.setDocumentLanguage(plan.language().code());
        document.addAuthor(PlanText.text(plan.caseManagerName()));
        document.addCreator("Waypoint");
        document.open();
        try {
            PlanPdfDocument pages = new PlanPdfDocument(document, writer, plan.words());
            for (PlanSection section : SECTIONS) {
                section.addTo(pages, plan);
            }
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    /**
     * Under every page, so that a loose page can be put back in the right plan and version, and a page
     * of a draft is never taken for a page of the signed plan: e.g. "Individual Employment Plan —
     * KY-000123 — plan 17, version 3 — Signed 11/23/2026".
     */
    static String identity(PlanPdf plan) {
        return plan.words()
                .get(
                        "plan.identity",
                        plan.title(),
                        PlanText.text(plan.participantNumber()),
                        plan.planId(),
                        plan.versionNumber(),
                        PlanText.text(plan.versionStatus()));
    }
}

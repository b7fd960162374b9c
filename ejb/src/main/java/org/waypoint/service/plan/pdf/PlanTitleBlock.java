package org.waypoint.service.plan.pdf;

import com.lowagie.text.Paragraph;
import java.util.List;
import org.waypoint.service.lmi.report.ReportStyle;
import org.waypoint.service.plan.PlanText;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * The top of the first page: which plan, for whom, which version and whether it is signed, so that
 * a printout found in a case file says what it is, and a draft cannot pass for the signed plan.
 */
final class PlanTitleBlock implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.note("Workforce Innovation and Opportunity Act, Title I"
                + (PlanPdfDocument.present(plan.statePolicy()) ? " — " + plan.statePolicy() : ""));
        document.paragraph(new Paragraph(plan.title(), ReportStyle.TITLE));
        Paragraph participant =
                new Paragraph(PlanPdfDocument.orNotRecorded(plan.participantName()), ReportStyle.SUBTITLE);
        participant.setSpacingAfter(4);
        document.paragraph(participant);
        document.facts(List.of(
                new Fact("Participant number", plan.participantNumber()),
                new Fact("Local workforce development area", plan.lwdaName()),
                new Fact("Case manager", plan.caseManagerName()),
                new Fact("Plan", String.valueOf(plan.planId())),
                new Fact(
                        "Version",
                        plan.versionNumber()
                                + (PlanPdfDocument.present(plan.versionStatus()) ? " — " + plan.versionStatus() : "")),
                new Fact("State policy", plan.statePolicy()),
                new Fact(
                        "Developed jointly with the participant",
                        PlanText.yesNo(plan.content().participantTookPart()))));
        document.note("Printed " + PlanPdfDocument.dateTime(plan.generatedAt(), plan.zone()) + " from Waypoint.");
    }
}

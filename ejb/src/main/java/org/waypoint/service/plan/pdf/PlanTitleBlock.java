package org.waypoint.service.plan.pdf;

import com.lowagie.text.Paragraph;
import java.util.List;
import org.waypoint.service.lmi.report.ReportStyle;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * The top of the first page: which plan, for whom, which version and whether it is signed, so that
 * a printout found in a case file says what it is, and a draft cannot pass for the signed plan.
 */
final class PlanTitleBlock implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.note(document.word("plan.wioa")
                + (PlanPdfDocument.present(plan.statePolicy()) ? " — " + plan.statePolicy() : ""));
        document.paragraph(new Paragraph(plan.title(), ReportStyle.TITLE));
        Paragraph participant = new Paragraph(document.orNotRecorded(plan.participantName()), ReportStyle.SUBTITLE);
        participant.setSpacingAfter(4);
        document.paragraph(participant);
        document.facts(List.of(
                new Fact("plan.participantNumber", plan.participantNumber()),
                new Fact("plan.lwda", plan.lwdaName()),
                new Fact("plan.caseManager", plan.caseManagerName()),
                new Fact("plan.plan", String.valueOf(plan.planId())),
                new Fact(
                        "plan.version",
                        plan.versionNumber()
                                + (PlanPdfDocument.present(plan.versionStatus()) ? " — " + plan.versionStatus() : "")),
                new Fact("plan.statePolicy", plan.statePolicy()),
                new Fact(
                        "plan.developedJointly",
                        document.words().yesNo(plan.content().participantTookPart()))));
        document.note(document.word("plan.printed", PlanPdfDocument.dateTime(plan.generatedAt(), plan.zone())));
    }
}

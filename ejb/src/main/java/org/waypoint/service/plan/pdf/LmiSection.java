package org.waypoint.service.plan.pdf;

import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.plan.PlanText;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * Kentucky section A: the labor market information reviewed with the participant, the guidance's
 * questions with their answers, the comment staff wrote, and the figures as they were saved (see
 * {@link LmiFigures}).
 */
final class LmiSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("heading.lmi");
        LmiReviewView lmi = plan.lmi();
        if (lmi == null) {
            Long linked = plan.content().lmiReviewId();
            document.text(linked == null ? null : document.word("lmi.linkedNotPrinted", linked));
            return;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("lmi.area", lmi.areaName()));
        facts.add(new Fact("lmi.reviewed", reviewed(document, lmi)));
        facts.add(new Fact("lmi.reviewedWithParticipant", document.words().yesNo(lmi.reviewedWithParticipant())));
        facts.add(new Fact(
                "lmi.marketableSkills", answer(document, lmi.marketableSkills(), lmi.marketableSkillsExplanation())));
        facts.add(new Fact("lmi.currentMarket", answer(document, lmi.currentMarket(), lmi.currentMarketExplanation())));
        facts.add(new Fact("lmi.comment", lmi.lmiComment()));
        if (PlanPdfDocument.present(lmi.generatedComment())
                && !lmi.generatedComment()
                        .strip()
                        .equals(PlanText.text(lmi.lmiComment()).strip())) {
            // staff rewrote Waypoint's comment: show what the figures said too
            facts.add(new Fact("lmi.generatedComment", lmi.generatedComment()));
        }
        document.facts(facts);
        LmiFigures.addTo(document, lmi);
    }

    private static String reviewed(PlanPdfDocument document, LmiReviewView lmi) {
        String on = PlanText.date(lmi.reviewedOn());
        if (!PlanPdfDocument.present(lmi.reviewedBy())) {
            return on;
        }
        return on.isEmpty()
                ? document.word("lmi.reviewedBy", lmi.reviewedBy())
                : document.word("lmi.reviewedOnBy", on, lmi.reviewedBy());
    }

    /** "Yes", or "No — why not" (the guidance asks staff to explain a no). */
    private static String answer(PlanPdfDocument document, Boolean answer, String explanation) {
        String yesNo = document.words().yesNo(answer);
        return PlanPdfDocument.present(explanation) && !yesNo.isEmpty() ? yesNo + " — " + explanation.strip() : yesNo;
    }
}

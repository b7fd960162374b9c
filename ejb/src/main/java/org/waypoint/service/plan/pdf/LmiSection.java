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
        document.heading("Labor market information");
        LmiReviewView lmi = plan.lmi();
        if (lmi == null) {
            Long linked = plan.content().lmiReviewId();
            document.text(
                    linked == null
                            ? null
                            : "LMI review " + linked + " is linked to the plan; its figures are not part of this"
                                    + " printout.");
            return;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Area", lmi.areaName()));
        facts.add(new Fact("Reviewed", reviewed(lmi)));
        facts.add(new Fact(
                "Reviewed the current LMI with the participant?", PlanText.yesNo(lmi.reviewedWithParticipant())));
        facts.add(new Fact(
                "Does the LMI indicate marketable skills?",
                answer(lmi.marketableSkills(), lmi.marketableSkillsExplanation())));
        facts.add(new Fact(
                "Based on the current labor market?", answer(lmi.currentMarket(), lmi.currentMarketExplanation())));
        facts.add(new Fact("LMI comment", lmi.lmiComment()));
        if (PlanPdfDocument.present(lmi.generatedComment())
                && !lmi.generatedComment()
                        .strip()
                        .equals(PlanText.text(lmi.lmiComment()).strip())) {
            // staff rewrote Waypoint's comment: show what the figures said too
            facts.add(new Fact("Waypoint's comment from the figures", lmi.generatedComment()));
        }
        document.facts(facts);
        LmiFigures.addTo(document, lmi);
    }

    private static String reviewed(LmiReviewView lmi) {
        String on = PlanText.date(lmi.reviewedOn());
        if (!PlanPdfDocument.present(lmi.reviewedBy())) {
            return on;
        }
        return on.isEmpty() ? "by " + lmi.reviewedBy() : on + " by " + lmi.reviewedBy();
    }

    /** "Yes", or "No — why not" (the guidance asks staff to explain a no). */
    private static String answer(Boolean answer, String explanation) {
        String yesNo = PlanText.yesNo(answer);
        return PlanPdfDocument.present(explanation) && !yesNo.isEmpty() ? yesNo + " — " + explanation.strip() : yesNo;
    }
}

package org.waypoint.service.lmi.report;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * Waypoint's growth-and-openings signal for the occupation in the area, named as such (the official
 * "in demand" label is the state or local board's, WIOA sec. 3(23)), with the reason and the rule
 * behind it, and how
 * its median wage compares with the area's: the two questions the Kentucky guidance asks staff to
 * answer with the career seeker.
 */
final class DemandSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        document.heading("report.heading.demand");
        InDemand inDemand = profile.inDemand();
        Paragraph answer = new Paragraph();
        answer.add(new Phrase(answer(document, inDemand, profile.area().name()), ReportStyle.BODY_BOLD));
        String explanation = explanation(document, inDemand);
        if (explanation != null && !explanation.isBlank()) {
            answer.add(new Phrase(" " + explanation.strip(), ReportStyle.BODY));
        }
        document.add(answer);
        document.add(new Paragraph(document.word("report.demandRule"), ReportStyle.NOTE_ITALIC));
        document.add(new Paragraph(document.word("report.demandOfficial"), ReportStyle.NOTE_ITALIC));
        String wageComparison = medianComparison(document, profile);
        if (wageComparison != null) {
            Paragraph paragraph = new Paragraph(wageComparison, ReportStyle.BODY);
            paragraph.setSpacingBefore(6);
            document.add(paragraph);
        }
    }

    private static String answer(ReportDocument document, InDemand inDemand, String areaName) {
        if (inDemand == null || !inDemand.known()) {
            return document.word("report.signal.unknown", areaName);
        }
        return document.word(inDemand.inDemand() ? "report.signal.met" : "report.signal.notMet", areaName);
    }

    /** Why the signal is what it is, in the report's language; as given when it has no reason. */
    private static String explanation(ReportDocument document, InDemand inDemand) {
        if (inDemand == null) {
            return null;
        }
        InDemand.Reason reason = inDemand.reason();
        return reason == null
                ? inDemand.explanation()
                : document.word(
                        "report.inDemand." + reason.kind(), reason.args().toArray());
    }

    /** Null when either median is unknown. */
    static String medianComparison(ReportDocument document, OccupationProfile profile) {
        Boolean above = profile.medianAboveAreaMedian();
        Integer areaMedian = profile.areaMedianWage();
        if (above == null || areaMedian == null) {
            return null;
        }
        Integer median = profile.wages() == null ? null : profile.wages().median();
        String relation = areaMedian.equals(median) ? "same" : above ? "above" : "below";
        return document.word("report.median." + relation, ReportFormat.dollars(areaMedian));
    }
}

package org.waypoint.service.plan.pdf;

import java.time.LocalDate;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.Term;
import org.waypoint.service.plan.PlanText;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.service.plan.YouthProgramElement;

/**
 * {@link PlanText}'s element names in the printed plan's language: terms, statuses, service types,
 * youth program elements, periods and lengths. Dates and amounts keep their U.S. form in both
 * languages (U.S. Spanish writes 12/01/2026 and $3,200.00 too). What staff typed is not touched.
 */
final class PlanPdfText {

    private PlanPdfText() {}

    static String term(DocumentText words, Term term) {
        return term == null ? "" : words.get("term." + term.name());
    }

    static String status(DocumentText words, ObjectiveStatus status) {
        return status == null ? "" : words.get("objectiveStatus." + status.name());
    }

    static String serviceType(DocumentText words, ServiceType type) {
        return type == null ? "" : words.get("serviceType." + type.name());
    }

    /** E.g. "12/01/2026 to 06/30/2027", "from 12/01/2026", "until 06/30/2027"; "" when neither is set. */
    static String period(DocumentText words, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return words.get("period.from", PlanText.date(start));
        }
        return start == null
                ? words.get("period.until", PlanText.date(end))
                : words.get("period.between", PlanText.date(start), PlanText.date(end));
    }

    /** E.g. "36 weeks"; "" for null. */
    static String weeks(DocumentText words, Integer weeks) {
        return weeks == null ? "" : words.get(weeks == 1 ? "weeks.one" : "weeks.many", weeks);
    }

    /** E.g. "3. Paid and unpaid work experience"; a number outside 1-14 says so. */
    static String programElement(DocumentText words, Integer number) {
        if (number == null) {
            return "";
        }
        return YouthProgramElement.of(number)
                .map(e -> e.number() + ". " + words.get("youthElement." + e.number()))
                .orElse(words.get("youthElement.unknown", number));
    }

    /** A reused strategy in one line; "" when none. */
    static String recentStrategy(DocumentText words, PlanContent.RecentStrategy reuse) {
        if (reuse == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(PlanText.text(reuse.program()));
        if (present(reuse.source())) {
            line.append(words.get("reuse.developedBy", reuse.source()));
        }
        if (reuse.developedOn() != null) {
            line.append(words.get("reuse.on", PlanText.date(reuse.developedOn())));
        }
        if (present(reuse.determination())) {
            line.append("; ").append(words.get("reuse.determination", reuse.determination()));
        }
        line.append("; ")
                .append(
                        reuse.documentId() == null
                                ? words.get("reuse.noCopy")
                                : words.get("reuse.copy", PlanText.text(reuse.documentName())));
        return line.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}

package org.waypoint.service.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.Term;

/**
 * How a plan's values read to a person, in the printed plan and in the version history alike: dates
 * as 11/23/2026, Yes or No, dollars as $4,200 (cents only when there are some), a service's funding,
 * and a goal, a service or an objective in one line. In one place so that the signed PDF and the
 * history never word the same value differently. A missing value reads as the empty string: each
 * caller decides what an empty value prints (the PDF prints "Not recorded", the history nothing).
 */
public final class PlanText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private PlanText() {}

    /** The text itself, or "" for null. */
    public static String text(String text) {
        return text == null ? "" : text;
    }

    /** E.g. 11/23/2026; "" for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Yes", "No", or "" when the question was not answered. */
    public static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "Yes" : "No";
    }

    /** E.g. $12,345, or $12,345.50 when there are cents; "" for null. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        // A new instance each time: NumberFormat is not thread-safe.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        int cents = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(cents);
        format.setMaximumFractionDigits(cents);
        return format.format(amount);
    }

    /** E.g. "36 weeks"; "" for null. */
    public static String weeks(Integer weeks) {
        return weeks == null ? "" : weeks == 1 ? "1 week" : weeks + " weeks";
    }

    /** "Short-term" or "Long-term". */
    public static String term(Term term) {
        return term == null ? "" : term == Term.SHORT ? "Short-term" : "Long-term";
    }

    /** E.g. "In progress". */
    public static String status(ObjectiveStatus status) {
        if (status == null) {
            return "";
        }
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Adult", "Youth, out of school": a program as the pages name it (the bundle's enum.Program.*). */
    public static String program(org.waypoint.persistence.participant.Program program) {
        if (program == null) {
            return "";
        }
        return switch (program) {
            case ADULT -> "Adult";
            case DISLOCATED_WORKER -> "Dislocated Worker";
            case YOUTH_IN_SCHOOL -> "Youth, in school";
            case YOUTH_OUT_OF_SCHOOL -> "Youth, out of school";
            case WAGNER_PEYSER -> "Wagner-Peyser";
        };
    }

    public static String serviceType(ServiceType type) {
        return type == null ? "" : type.label();
    }

    /** "WIOA", the non-WIOA source, or "WIOA — source" when a WIOA service also names its source. */
    public static String funding(PlannedService service) {
        String source = blank(service.fundingSource()) ? "" : service.fundingSource();
        if (!service.wioaFunded()) {
            return source;
        }
        return source.isEmpty() ? "WIOA" : "WIOA — " + source;
    }

    /** E.g. "12/01/2026 to 06/30/2027", "from 12/01/2026", "until 06/30/2027"; "" when neither is set. */
    public static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return "from " + date(start);
        }
        return start == null ? "until " + date(end) : date(start) + " to " + date(end);
    }

    /** E.g. "Dental Assistants (SOC 31-9091)", "31-9091" or the cluster; "" when the goal names none. */
    public static String occupation(EmploymentGoal goal) {
        boolean title = !blank(goal.occupation());
        boolean soc = !blank(goal.soc());
        if (title && soc) {
            return goal.occupation() + " (SOC " + goal.soc() + ")";
        }
        return title ? goal.occupation() : soc ? "SOC " + goal.soc() : "";
    }

    /** A goal in one line, e.g. "Long-term: Dental Assistants (SOC 31-9091); cluster Health Science". */
    public static String goal(EmploymentGoal goal) {
        List<String> parts = new ArrayList<>();
        parts.add(occupation(goal));
        parts.add(blank(goal.cluster()) ? "" : "cluster " + goal.cluster());
        String what = join(parts);
        return goal.term() == null ? what : term(goal.term()) + ": " + what;
    }

    /**
     * A service in one line, e.g. "Training service: Dental assisting certificate; BCTC; WIOA; planned
     * 12/01/2026 to 06/30/2027; planned cost $3,200.00".
     */
    public static String service(PlannedService service) {
        String planned = period(service.plannedStart(), service.plannedEnd());
        String what = join(List.of(
                text(service.description()),
                text(service.provider()),
                funding(service),
                planned.isEmpty() ? "" : "planned " + planned,
                service.plannedCost() == null ? "" : "planned cost " + money(service.plannedCost())));
        return service.type() == null ? what : service.type().label() + ": " + what;
    }

    /** An objective in one line, e.g. "Earn the certificate; measure: Certificate issued; by 06/30/2027; Planned". */
    public static String objective(Objective objective) {
        return join(List.of(
                text(objective.benchmark()),
                blank(objective.measure()) ? "" : "measure: " + objective.measure(),
                objective.targetDate() == null ? "" : "by " + date(objective.targetDate()),
                status(objective.status())));
    }

    /** E.g. "3. Paid and unpaid work experience"; a number outside 1-14 says so. */
    /**
     * A reused strategy in one line, e.g. "Job Corps, developed by Job Corps Pittsburg center on
     * 10/01/2026; determination: ...; copy attached: strategy.pdf"; "" when none.
     */
    public static String recentStrategy(PlanContent.RecentStrategy reuse) {
        if (reuse == null) {
            return "";
        }
        return join(List.of(
                text(reuse.program())
                        + (blank(reuse.source()) ? "" : ", developed by " + reuse.source())
                        + (reuse.developedOn() == null ? "" : " on " + date(reuse.developedOn())),
                blank(reuse.determination()) ? "" : "determination: " + reuse.determination(),
                reuse.documentId() == null ? "no copy attached" : "copy attached: " + text(reuse.documentName())));
    }

    public static String programElement(Integer number) {
        if (number == null) {
            return "";
        }
        return YouthProgramElement.of(number)
                .map(YouthProgramElement::numberedLabel)
                .orElse(number + ". (not one of the 14 youth program elements)");
    }

    private static String join(List<String> parts) {
        return String.join("; ", parts.stream().filter(p -> !blank(p)).toList());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

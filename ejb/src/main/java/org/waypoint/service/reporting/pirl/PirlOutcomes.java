package org.waypoint.service.reporting.pirl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.Employment;
import org.waypoint.service.wages.EmploymentByQuarter;
import org.waypoint.service.wages.OutcomeSource;
import org.waypoint.service.wages.QuarterOutcome;

/**
 * The outcome elements of a period: employment in the 1st-4th quarter after the exit quarter
 * (1600-1607) decided by {@link EmploymentByQuarter} exactly as the Outcomes tab shows it (TEGL
 * 10-16, Change 1: wage records first, a follow-up contact as supplemental evidence); the wages of
 * those quarters from wage records only (1703-1706: a contact's estimate is not a wage); wages of
 * the three quarters before the entry quarter (1700-1702); up to three credentials (1800-1805);
 * the most recent date of each kind of measurable skill gain (1806-1810); and a youth's placement
 * in the 2nd and 4th quarter after exit (1900/1901). Nothing after exit without an exit.
 */
final class PirlOutcomes {

    private static final Map<String, String> PLACEMENTS = Map.of(
            "OCCUPATIONAL_SKILLS_TRAINING", "1",
            "APPRENTICESHIP", "1",
            "POSTSECONDARY_EDUCATION", "2",
            "SECONDARY_EDUCATION", "3");

    private final LocalDate today;

    PirlOutcomes(LocalDate today) {
        this.today = today;
    }

    void fill(PeriodFacts facts, Map<String, String> r) {
        beforeEntry(facts, r);
        LocalDate exit = facts.exitDate();
        if (exit != null) {
            List<QuarterOutcome> quarters = EmploymentByQuarter.quarters(
                    exit, today, facts.wages(), facts.contacts(), facts.reportedQuarters());
            for (QuarterOutcome q : quarters) {
                int n = q.quarterAfterExit();
                String employed = q.employment() == Employment.EMPLOYED
                        ? "1"
                        : q.employment() == Employment.NOT_EMPLOYED ? "0" : "9";
                r.put(String.valueOf(1598 + 2 * n), employed);
                if (q.employment() == Employment.EMPLOYED) {
                    r.put(String.valueOf(1599 + 2 * n), q.source() == OutcomeSource.UI_WAGE_RECORD ? "1" : "2");
                } else if (q.employment() == Employment.UNKNOWN) {
                    r.put(String.valueOf(1599 + 2 * n), "9");
                }
                if (q.source() == OutcomeSource.UI_WAGE_RECORD && q.earnings() != null) {
                    r.put(String.valueOf(1702 + n), PirlRecordBuilder.wholeDollars(q.earnings()));
                }
            }
            if (facts.enrollments().stream().anyMatch(e -> PirlRecordBuilder.youth(e.program()))) {
                placement(facts, 2, "1900", r);
                placement(facts, 4, "1901", r);
            }
        }
        List<PeriodFacts.Credential> credentials = facts.credentials().stream()
                .sorted(Comparator.comparing(PeriodFacts.Credential::attainedOn))
                .toList();
        for (int i = 0; i < Math.min(3, credentials.size()); i++) {
            r.put(
                    String.valueOf(1800 + 2 * i),
                    String.valueOf(credentials.get(i).typeCode()));
            r.put(
                    String.valueOf(1801 + 2 * i),
                    PirlRecordBuilder.date(credentials.get(i).attainedOn()));
        }
        for (PeriodFacts.SkillGain gain : facts.skillGains()) {
            if (gain.element() >= 1806 && gain.element() <= 1810) {
                r.merge(
                        String.valueOf(gain.element()),
                        PirlRecordBuilder.date(gain.achievedOn()),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
    }

    /** 1700-1702: 3rd, 2nd, 1st quarter before the entry quarter; 0 where a wage file reported the quarter and held none. */
    private static void beforeEntry(PeriodFacts facts, Map<String, String> r) {
        CalendarQuarter entry = CalendarQuarter.of(facts.entryDate());
        for (int back = 3; back >= 1; back--) {
            CalendarQuarter quarter = entry.plus(-back);
            BigDecimal sum = facts.wages().stream()
                    .filter(w -> w.quarter().equals(quarter))
                    .map(EmploymentByQuarter.Wage::wages)
                    .reduce(null, (a, b) -> a == null ? b : a.add(b));
            String element = String.valueOf(1703 - back);
            if (sum != null) {
                r.put(element, PirlRecordBuilder.wholeDollars(sum));
            } else if (facts.reportedQuarters().contains(quarter)) {
                r.put(element, "0");
            }
        }
    }

    /** A reached contact of that quarter: its placement's code, or 0 (no placement) when it names none. */
    private static void placement(PeriodFacts facts, int quarter, String element, Map<String, String> r) {
        facts.placements().stream()
                .filter(p -> p.quarterAfterExit() == quarter)
                .findFirst()
                .ifPresent(
                        p -> r.put(element, p.placement() == null ? "0" : PLACEMENTS.getOrDefault(p.placement(), "0")));
    }
}

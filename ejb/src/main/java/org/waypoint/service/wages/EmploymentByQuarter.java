package org.waypoint.service.wages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Employment and earnings in the first to fourth calendar quarter after exit (20 CFR
 * 677.155(a)(1)(i)-(iii); quarters counted by {@link org.waypoint.service.common.CalendarQuarter}),
 * decided as TEGL 10-16, Change 1 says: UI wage records are the primary source; where they show no
 * wages, supplemental evidence (a follow-up contact that reached the person and found them employed
 * in the quarter) may show employment. In order, for each quarter:
 *
 * <ol>
 *   <li>wages above 0 in a wage record of the quarter: employed, earnings the sum of the quarter's
 *       wage records, employers their FEINs;
 *   <li>else a reached contact finding the person employed during the quarter: employed, earnings an
 *       estimate (hourly wage x weekly hours x 13 weeks) when the contact gave both, labelled as one;
 *   <li>else a wage file of the state that reported the quarter, or a reached contact in the quarter
 *       finding the person not employed: not employed;
 *   <li>else unknown (nothing reports on the quarter yet); a quarter that has not begun is always
 *       unknown.
 * </ol>
 */
public final class EmploymentByQuarter {

    /** Weeks in a quarter, for the estimate from a contact's hourly wage and weekly hours. */
    static final BigDecimal WEEKS_IN_QUARTER = BigDecimal.valueOf(13);

    private EmploymentByQuarter() {}

    /** A wage record's amount in a quarter. */
    public record Wage(CalendarQuarter quarter, String fein, BigDecimal wages) {}

    /**
     * What a reached follow-up contact found, not voided.
     *
     * @param quarterAfterExit the follow-up quarter (1-4) the contact was recorded for
     * @param employed true EMPLOYED, false NOT_EMPLOYED
     * @param start when the employment began, if said
     */
    public record Contact(
            int quarterAfterExit,
            LocalDate contactDate,
            boolean employed,
            String employer,
            LocalDate start,
            BigDecimal hourlyWage,
            BigDecimal weeklyHours) {}

    /** The four quarters after {@code exitDate}, as of {@code today}. */
    public static List<QuarterOutcome> quarters(
            LocalDate exitDate,
            LocalDate today,
            List<Wage> wages,
            List<Contact> contacts,
            Set<CalendarQuarter> reported) {
        List<QuarterOutcome> outcomes = new ArrayList<>(4);
        for (int n = 1; n <= 4; n++) {
            outcomes.add(quarter(n, CalendarQuarter.afterExit(exitDate, n), today, wages, contacts, reported));
        }
        return outcomes;
    }

    static QuarterOutcome quarter(
            int n,
            CalendarQuarter quarter,
            LocalDate today,
            List<Wage> wages,
            List<Contact> contacts,
            Set<CalendarQuarter> reported) {
        if (quarter.firstDay().isAfter(today)) {
            return new QuarterOutcome(
                    n, quarter.year(), quarter.quarter(), Employment.UNKNOWN, null, null, false, List.of());
        }
        List<Wage> inQuarter = wages.stream()
                .filter(w -> w.quarter().equals(quarter) && w.wages().signum() > 0)
                .toList();
        if (!inQuarter.isEmpty()) {
            BigDecimal sum = inQuarter.stream().map(Wage::wages).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> employers = new LinkedHashSet<>();
            inQuarter.forEach(w -> employers.add(fein(w.fein())));
            return new QuarterOutcome(
                    n,
                    quarter.year(),
                    quarter.quarter(),
                    Employment.EMPLOYED,
                    OutcomeSource.UI_WAGE_RECORD,
                    sum,
                    false,
                    List.copyOf(employers));
        }
        List<Contact> employed = contacts.stream()
                .filter(c -> c.employed() && covers(c, n, quarter))
                .toList();
        if (!employed.isEmpty()) {
            Set<String> employers = new LinkedHashSet<>();
            employed.stream()
                    .map(Contact::employer)
                    .filter(e -> e != null && !e.isBlank())
                    .forEach(employers::add);
            Contact latest = employed.stream()
                    .filter(c -> c.hourlyWage() != null && c.weeklyHours() != null)
                    .reduce((a, b) -> b.contactDate().isAfter(a.contactDate()) ? b : a)
                    .orElse(null);
            BigDecimal estimate = latest == null
                    ? null
                    : latest.hourlyWage()
                            .multiply(latest.weeklyHours())
                            .multiply(WEEKS_IN_QUARTER)
                            .setScale(2, RoundingMode.HALF_UP);
            return new QuarterOutcome(
                    n,
                    quarter.year(),
                    quarter.quarter(),
                    Employment.EMPLOYED,
                    OutcomeSource.FOLLOW_UP_CONTACT,
                    estimate,
                    estimate != null,
                    List.copyOf(employers));
        }
        if (reported.contains(quarter)) {
            return new QuarterOutcome(
                    n,
                    quarter.year(),
                    quarter.quarter(),
                    Employment.NOT_EMPLOYED,
                    OutcomeSource.UI_WAGE_RECORD,
                    null,
                    false,
                    List.of());
        }
        boolean notEmployed = contacts.stream()
                .anyMatch(c -> !c.employed() && (c.quarterAfterExit() == n || quarter.contains(c.contactDate())));
        if (notEmployed) {
            return new QuarterOutcome(
                    n,
                    quarter.year(),
                    quarter.quarter(),
                    Employment.NOT_EMPLOYED,
                    OutcomeSource.FOLLOW_UP_CONTACT,
                    null,
                    false,
                    List.of());
        }
        return new QuarterOutcome(
                n, quarter.year(), quarter.quarter(), Employment.UNKNOWN, null, null, false, List.of());
    }

    /**
     * Whether a contact that found the person employed speaks for quarter {@code n}: the employment
     * had begun by the quarter's end, and the contact was the quarter's own (recorded for it, or made
     * during it) or was made later about an employment that began by the quarter's end and still held.
     */
    static boolean covers(Contact contact, int n, CalendarQuarter quarter) {
        if (contact.start() != null && contact.start().isAfter(quarter.lastDay())) {
            return false;
        }
        return contact.quarterAfterExit() == n
                || quarter.contains(contact.contactDate())
                || (contact.start() != null && !contact.contactDate().isBefore(quarter.firstDay()));
    }

    /** 123456789 as 12-3456789, as an FEIN is written. */
    static String fein(String digits) {
        return digits.length() == 9 ? digits.substring(0, 2) + "-" + digits.substring(2) : digits;
    }
}

package org.waypoint.service.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitDecision.Outcome;
import org.waypoint.service.exit.ExitFacts.Enrollment;
import org.waypoint.service.exit.ExitFacts.PlannedGap;
import org.waypoint.service.exit.ExitFacts.Service;

/**
 * Program exit for the WIOA title I programs, 20 CFR 677.150(c)(1): the exit date is the last day of
 * service, and it "cannot be determined until at least 90 days have elapsed since the participant
 * last received services; services do not include self-service, information-only services or
 * activities, or follow-up services. There also must not be any plans to provide the participant
 * with future services." A service counts when its catalog code is participation-level and keeps
 * the exit clock running ({@link Service#counts()}), so a state corrects the catalog, not this class.
 *
 * <p>The 90 days are whole days: with the last service on day D, they are D+1 to D+90, and the
 * enrollment exits on D+91, when the 90th day is over. Two state choices the DOL performance
 * guidance (TEGL 10-16, Change 1) leaves open are settings in {@link ExitFacts}: a documented
 * planned gap in service holds the clock (its days do not count), and common exit pools the
 * services of all co-enrolled programs into one exit on the last service of any. A service after an
 * exit starts a new period of participation ({@link #startsNewPeriod}); it never reopens the old one.
 */
public final class ExitRule {

    /** 20 CFR 677.150(c)(1)(i): at least 90 days without service. */
    public static final int DAYS_WITHOUT_SERVICE = 90;

    private ExitRule() {}

    /** A decision for each open enrollment, in the order given; exited ones are left as they are. */
    public static List<ExitDecision> decide(ExitFacts facts) {
        List<Enrollment> open =
                facts.enrollments().stream().filter(Enrollment::isOpen).toList();
        List<ExitDecision> decisions = new ArrayList<>();
        for (Enrollment enrollment : open) {
            List<Enrollment> pooled = facts.commonExit() ? open : List.of(enrollment);
            decisions.add(decide(facts, enrollment, pooled));
        }
        return decisions;
    }

    /**
     * Whether a service begins a new period of participation after an enrollment's exit: a service
     * that counts and starts after the exit date (TEGL 10-16, Change 1: a participant who receives
     * services after exit begins a new period of participation). Follow-up after exit does not.
     */
    public static boolean startsNewPeriod(Enrollment enrollment, Service service) {
        LocalDate start = service.start();
        return !enrollment.isOpen()
                && enrollment.program() == service.program()
                && service.counts()
                && start != null
                && start.isAfter(enrollment.exitDate());
    }

    private static ExitDecision decide(ExitFacts facts, Enrollment enrollment, List<Enrollment> pooled) {
        LocalDate asOf = facts.asOf();
        Set<Program> programs = EnumSet.noneOf(Program.class);
        pooled.forEach(e -> programs.add(e.program()));
        LocalDate from = pooled.stream()
                .map(Enrollment::entryDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<Service> services = facts.services().stream()
                .filter(s -> programs.contains(s.program()) && s.counts() && belongsToPeriod(s, from))
                .toList();
        List<PlannedGap> gaps = facts.plannedGapsAllowed()
                ? facts.gaps().stream()
                        .filter(g -> programs.contains(g.program()))
                        .toList()
                : List.of();

        LocalDate last = services.stream()
                .filter(s -> s.deliveredBy(asOf))
                .map(Service::actualEnd)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (services.stream().anyMatch(s -> s.inProgressOn(asOf))) {
            return held(enrollment, Outcome.IN_SERVICE, last, asOf, gaps);
        }
        if (services.stream().anyMatch(s -> s.plannedAfter(asOf))) {
            return held(enrollment, Outcome.SERVICE_PLANNED, last, asOf, gaps);
        }
        if (last == null) {
            return new ExitDecision(enrollment.id(), enrollment.program(), Outcome.NO_SERVICE_YET, null, null, null, 0);
        }
        int days = daysWithoutService(last, asOf, gaps);
        if (days >= DAYS_WITHOUT_SERVICE) {
            return new ExitDecision(enrollment.id(), enrollment.program(), Outcome.EXITS, last, last, null, days);
        }
        Outcome outcome = gaps.stream().anyMatch(g -> g.covers(asOf)) ? Outcome.GAP_IN_SERVICE : Outcome.WITHIN_90_DAYS;
        return new ExitDecision(
                enrollment.id(), enrollment.program(), outcome, last, null, exitDueOn(last, gaps), days);
    }

    /** A service of the current period: planned, going on, or ended on or after the period began. */
    private static boolean belongsToPeriod(Service service, LocalDate from) {
        return service.actualStart() == null
                || service.actualEnd() == null
                || !service.actualEnd().isBefore(from);
    }

    private static ExitDecision held(
            Enrollment enrollment, Outcome outcome, LocalDate last, LocalDate asOf, List<PlannedGap> gaps) {
        int days = last == null ? 0 : daysWithoutService(last, asOf, gaps);
        return new ExitDecision(enrollment.id(), enrollment.program(), outcome, last, null, null, days);
    }

    /** The whole days after the last day of service and before {@code asOf}, gap days left out. */
    static int daysWithoutService(LocalDate last, LocalDate asOf, List<PlannedGap> gaps) {
        int days = 0;
        for (LocalDate day = last.plusDays(1); day.isBefore(asOf); day = day.plusDays(1)) {
            if (!inGap(day, gaps)) {
                days++;
            }
        }
        return days;
    }

    /** The day after the 90th day without service, gap days skipped. */
    static LocalDate exitDueOn(LocalDate last, List<PlannedGap> gaps) {
        int days = 0;
        LocalDate day = last;
        while (days < DAYS_WITHOUT_SERVICE) {
            day = day.plusDays(1);
            if (!inGap(day, gaps)) {
                days++;
            }
        }
        return day.plusDays(1);
    }

    private static boolean inGap(LocalDate day, List<PlannedGap> gaps) {
        return gaps.stream().filter(Objects::nonNull).anyMatch(g -> g.covers(day));
    }
}

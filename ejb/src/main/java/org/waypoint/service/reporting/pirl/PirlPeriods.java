package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a participant's enrollments into periods of participation: co-enrolled programs whose
 * dates overlap are one period (TEGL 10-16, Change 1: a period runs from the first entry to the
 * exit common to every program it holds, 20 CFR 677.150(c)); an enrollment that begins after
 * every earlier one has exited starts a new period. The PIRL file has one record per period.
 */
public final class PirlPeriods {

    private PirlPeriods() {}

    public static List<List<PeriodFacts.Entry>> group(List<PeriodFacts.Entry> enrollments) {
        List<PeriodFacts.Entry> sorted = enrollments.stream()
                .sorted(Comparator.comparing(PeriodFacts.Entry::entryDate).thenComparing(PeriodFacts.Entry::id))
                .toList();
        List<List<PeriodFacts.Entry>> periods = new ArrayList<>();
        List<PeriodFacts.Entry> current = null;
        LocalDate reach = null; // the current period's latest exit; null while one of it is open
        boolean open = false;
        for (PeriodFacts.Entry e : sorted) {
            boolean joins = current != null && (open || !e.entryDate().isAfter(reach));
            if (!joins) {
                current = new ArrayList<>();
                periods.add(current);
                open = false;
                reach = null;
            }
            current.add(e);
            if (e.exitDate() == null) {
                open = true;
            } else if (reach == null || e.exitDate().isAfter(reach)) {
                reach = e.exitDate();
            }
        }
        return periods;
    }
}

package org.waypoint.service.reporting.pirl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.EmploymentByQuarter;

/**
 * What happened in one period of participation, as of the report quarter's end: the services,
 * trainings, credentials and skill gains of the period's enrollments, the wage records, and the
 * reached follow-up contacts, each row kept only when it belongs to the period and did not happen
 * after the quarter. The rows are a page's, read by {@link PirlPageReader}.
 */
final class PirlPeriodActivity {

    private final LocalDate quarterEnd;
    private final Set<CalendarQuarter> reported;

    /** @param reported the quarters whose wage records the state has imported */
    PirlPeriodActivity(LocalDate quarterEnd, Set<CalendarQuarter> reported) {
        this.quarterEnd = quarterEnd;
        this.reported = reported;
    }

    /** One period's facts: its enrollments and what of the participant's rows falls in the period. */
    PeriodFacts facts(
            PeriodFacts.Person person,
            List<PeriodFacts.Entry> period,
            List<Object[]> services,
            List<Object[]> trainings,
            List<Object[]> credentials,
            List<Object[]> gains,
            List<Object[]> wages,
            List<Object[]> contacts) {
        Set<Long> ids = new HashSet<>();
        period.forEach(e -> ids.add(e.id()));
        List<PeriodFacts.Service> s = new ArrayList<>();
        for (Object[] r : PirlRows.of(services)) {
            LocalDate start = PirlRows.date(r[2]);
            if (ids.contains(PirlRows.id(r[1])) && !start.isAfter(quarterEnd)) {
                List<String> elements = r[4] == null
                        ? List.of()
                        : List.of(((String) r[4]).trim().split(" +"));
                s.add(new PeriodFacts.Service(start, (String) r[3], elements, (String) r[5]));
            }
        }
        List<PeriodFacts.Training> t = new ArrayList<>();
        for (Object[] r : PirlRows.of(trainings)) {
            LocalDate start = PirlRows.date(r[2]);
            if (ids.contains(PirlRows.id(r[1])) && !start.isAfter(quarterEnd)) {
                LocalDate end = PirlRows.date(r[3]);
                boolean ended = end != null && !end.isAfter(quarterEnd);
                String type = org.waypoint.persistence.training.TrainingType.valueOf((String) r[4])
                        .pirlCode();
                t.add(new PeriodFacts.Training(
                        start,
                        ended ? end : null,
                        type,
                        ended ? (String) r[5] : null,
                        (String) r[6],
                        (String) r[7],
                        r[8] != null));
            }
        }
        List<PeriodFacts.Credential> c = new ArrayList<>();
        for (Object[] r : PirlRows.of(credentials)) {
            LocalDate on = PirlRows.date(r[2]);
            if (ids.contains(PirlRows.id(r[1])) && !on.isAfter(quarterEnd)) {
                c.add(new PeriodFacts.Credential(
                        on,
                        org.waypoint.persistence.outcomes.CredentialType.valueOf((String) r[3])
                                .pirlCode()));
            }
        }
        List<PeriodFacts.SkillGain> g = new ArrayList<>();
        for (Object[] r : PirlRows.of(gains)) {
            LocalDate on = PirlRows.date(r[2]);
            if (ids.contains(PirlRows.id(r[1])) && !on.isAfter(quarterEnd)) {
                g.add(new PeriodFacts.SkillGain(
                        on,
                        org.waypoint.persistence.outcomes.SkillGainType.valueOf((String) r[3])
                                .pirlElement()));
            }
        }
        List<EmploymentByQuarter.Wage> w = new ArrayList<>();
        for (Object[] r : PirlRows.of(wages)) {
            w.add(new EmploymentByQuarter.Wage(
                    new CalendarQuarter(((Number) r[1]).intValue(), ((Number) r[2]).intValue()),
                    (String) r[3],
                    new BigDecimal(r[4].toString())));
        }
        List<EmploymentByQuarter.Contact> k = new ArrayList<>();
        List<PeriodFacts.Placement> placements = new ArrayList<>();
        for (Object[] r : PirlRows.of(contacts)) {
            LocalDate on = PirlRows.date(r[3]);
            if (!ids.contains(PirlRows.id(r[1])) || on.isAfter(quarterEnd)) {
                continue;
            }
            int quarter = ((Number) r[2]).intValue();
            if (r[4] != null) {
                k.add(new EmploymentByQuarter.Contact(
                        quarter,
                        on,
                        "EMPLOYED".equals(r[4]),
                        (String) r[5],
                        PirlRows.date(r[6]),
                        r[7] == null ? null : new BigDecimal(r[7].toString()),
                        r[8] == null ? null : new BigDecimal(r[8].toString())));
            }
            placements.add(new PeriodFacts.Placement(quarter, (String) r[9]));
        }
        Set<CalendarQuarter> known = new HashSet<>();
        CalendarQuarter last = CalendarQuarter.of(quarterEnd);
        reported.stream().filter(q -> q.compareTo(last) <= 0).forEach(known::add);
        return new PeriodFacts(person, period, s, t, c, g, w, k, known, placements);
    }
}

package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The service elements (906, 1000-1503): queries over the service records, not fields to keep
 * (case-lifecycle: "PIRL dates are then queries"). A service feeds the elements its code lists in
 * the state's catalog; the layout says what each one is: a date whose name begins "Date of First"
 * takes the earliest start, any other date the most recent, and a coded element (1211, 1300, 1319,
 * 1500: yes/no) is 1 when any such service was received. 906, the date of the first WIOA youth
 * service, is the earliest service funded by a youth enrollment of the period.
 */
final class PirlServiceDates {

    private final PirlLayout layout;

    PirlServiceDates(PirlLayout layout) {
        this.layout = layout;
    }

    void fill(PeriodFacts facts, Map<String, String> r) {
        LocalDate firstYouth = null;
        for (PeriodFacts.Service service : facts.services()) {
            if (service.program() != null
                    && PirlRecordBuilder.youth(service.program())
                    && (firstYouth == null || service.start().isBefore(firstYouth))) {
                firstYouth = service.start();
            }
            for (String number : service.pirlElements()) {
                if (!layout.has(number)) {
                    continue;
                }
                PirlElement element = layout.element(number);
                if (element.type() == PirlElement.DataType.IN) {
                    r.put(number, "1");
                } else if (element.type() == PirlElement.DataType.DT) {
                    boolean first = element.name().toLowerCase(Locale.ROOT).contains("date of first");
                    String value = PirlRecordBuilder.date(service.start());
                    r.merge(number, value, (a, b) -> first ? min(a, b) : max(a, b));
                }
            }
        }
        if (firstYouth != null) {
            r.put("906", PirlRecordBuilder.date(firstYouth));
        }
    }

    /** YYYYMMDD strings order as dates. */
    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

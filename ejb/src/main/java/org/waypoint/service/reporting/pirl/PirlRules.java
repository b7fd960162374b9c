package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The logical edit checks Waypoint runs on each record before release, each a plain rule over the
 * record's values with its source: the element definitions of the PIRL public-use layout (PY2022
 * Q4), 20 CFR 677.150 and 677.155, and the WIPS edit-check families (DOL ETA, "WIOA Performance
 * Reporting: Edit Checks"). A rule names the element to correct.
 */
public final class PirlRules {

    /** One broken rule: the element to correct and why. */
    public record Finding(String element, String message) {}

    private PirlRules() {}

    /** Every logical finding of the record for the report quarter ending {@code quarterEnd}. */
    public static List<Finding> check(Map<String, String> r, LocalDate quarterEnd) {
        List<Finding> findings = new ArrayList<>();
        exitAfterEntry(r, findings);
        entryWithinReport(r, quarterEnd, findings);
        trainingDateNeedsType(r, findings);
        receivedTrainingNeedsDate(r, findings);
        trainingEndsAfterStart(r, findings);
        employmentNeedsExit(r, findings);
        credentialWithinAYearOfExit(r, findings);
        bornBeforeEntry(r, findings);
        someProgram(r, findings);
        identifierIsNotSsn(r, findings);
        return findings;
    }

    /** 901: "the date of exit ... must be on or after the date of program entry" (20 CFR 677.150(c)). */
    static void exitAfterEntry(Map<String, String> r, List<Finding> f) {
        LocalDate entry = date(r, "900");
        LocalDate exit = date(r, "901");
        if (entry == null) {
            f.add(new Finding("900", PirlTexts.finding("entryMissing")));
        } else if (exit != null && exit.isBefore(entry)) {
            f.add(new Finding("901", PirlTexts.finding("exitBeforeEntry")));
        }
    }

    /** 900: a record of the report reached the program by the report quarter's last day. */
    static void entryWithinReport(Map<String, String> r, LocalDate quarterEnd, List<Finding> f) {
        LocalDate entry = date(r, "900");
        if (entry != null && entry.isAfter(quarterEnd)) {
            f.add(new Finding("900", PirlTexts.finding("entryAfterQuarter")));
        }
        LocalDate exit = date(r, "901");
        if (exit != null && exit.isAfter(quarterEnd)) {
            f.add(new Finding("901", PirlTexts.finding("exitAfterQuarter")));
        }
    }

    /** 1303/1310/1315: "if Date Entered Training #n has a date, record the type of training". */
    static void trainingDateNeedsType(Map<String, String> r, List<Finding> f) {
        String[][] pairs = {{"1302", "1303"}, {"1309", "1310"}, {"1314", "1315"}};
        for (String[] pair : pairs) {
            if (has(r, pair[0]) && !has(r, pair[1])) {
                f.add(new Finding(pair[1], PirlTexts.finding("trainingDateNeedsType", pair[0])));
            }
            if (has(r, pair[1]) && !has(r, pair[0])) {
                f.add(new Finding(pair[0], PirlTexts.finding("trainingTypeNeedsDate", pair[1])));
            }
        }
    }

    /** 1300 = 1 (received training) needs 1302, the date entered training #1, and 1302 needs 1300 = 1. */
    static void receivedTrainingNeedsDate(Map<String, String> r, List<Finding> f) {
        boolean received = "1".equals(r.get("1300"));
        if (received != has(r, "1302")) {
            f.add(new Finding(
                    "1302", received ? PirlTexts.finding("receivedNoDate") : PirlTexts.finding("dateNotReceived")));
        }
    }

    /** 1308/1313/1318: the date training was completed or left is on or after the date it began. */
    static void trainingEndsAfterStart(Map<String, String> r, List<Finding> f) {
        String[][] pairs = {{"1302", "1308"}, {"1309", "1313"}, {"1314", "1318"}};
        for (String[] pair : pairs) {
            LocalDate start = date(r, pair[0]);
            LocalDate end = date(r, pair[1]);
            if (start != null && end != null && end.isBefore(start)) {
                f.add(new Finding(pair[1], PirlTexts.finding("trainingEndsBeforeStart", pair[0])));
            }
        }
    }

    /** 1600-1607, 1703-1706: employment and wages "after exit quarter" need a date of exit (901). */
    static void employmentNeedsExit(Map<String, String> r, List<Finding> f) {
        if (has(r, "901")) {
            return;
        }
        for (String element : List.of("1600", "1602", "1604", "1606", "1703", "1704", "1705", "1706")) {
            if (has(r, element)) {
                f.add(new Finding(element, PirlTexts.finding("employmentNoExit")));
            }
        }
    }

    /**
     * 1801/1803/1805: a credential counts when attained during participation or within one year
     * after exit (20 CFR 677.155(a)(1)(iv)).
     */
    static void credentialWithinAYearOfExit(Map<String, String> r, List<Finding> f) {
        LocalDate entry = date(r, "900");
        LocalDate exit = date(r, "901");
        for (String element : List.of("1801", "1803", "1805")) {
            LocalDate attained = date(r, element);
            if (attained == null || entry == null) {
                continue;
            }
            if (attained.isBefore(entry) || (exit != null && attained.isAfter(exit.plusYears(1)))) {
                f.add(new Finding(element, PirlTexts.finding("credentialOutside")));
            }
        }
    }

    /** 200: the date of birth is before the date of program entry. */
    static void bornBeforeEntry(Map<String, String> r, List<Finding> f) {
        LocalDate born = date(r, "200");
        LocalDate entry = date(r, "900");
        if (born != null && entry != null && !born.isBefore(entry)) {
            f.add(new Finding("200", PirlTexts.finding("bornAfterEntry")));
        }
    }

    /** 903/904/905/918: a WIOA record is reported under at least one program. */
    static void someProgram(Map<String, String> r, List<Finding> f) {
        boolean any = List.of("903", "904", "905", "918").stream().anyMatch(e -> has(r, e) && !"0".equals(r.get(e)));
        if (!any) {
            f.add(new Finding("903", PirlTexts.finding("noProgram")));
        }
    }

    /** 100: "the unique individual identifier must not be the SSN" (layout, element 100). */
    static void identifierIsNotSsn(Map<String, String> r, List<Finding> f) {
        String id = r.get("100");
        String ssn = r.get("2700");
        if (id != null
                && (id.replaceAll("\\D", "").length() == 9
                        && id.replaceAll("\\D", "").equals(ssn))) {
            f.add(new Finding("100", PirlTexts.finding("ssn")));
        }
    }

    private static boolean has(Map<String, String> r, String element) {
        String value = r.get(element);
        return value != null && !value.isEmpty();
    }

    private static LocalDate date(Map<String, String> r, String element) {
        String value = r.get(element);
        if (value == null || value.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(value, PirlRecordBuilder.DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}

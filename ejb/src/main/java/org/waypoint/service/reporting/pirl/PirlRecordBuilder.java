package org.waypoint.service.reporting.pirl;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.reporting.pirl.PeriodFacts.Entry;
import org.waypoint.service.reporting.pirl.PeriodFacts.Person;

/**
 * Derives the PIRL elements Waypoint holds from one period of participation ({@link PeriodFacts}).
 * Each element is one small method named after it, with the layout's rule in its comment; the
 * README's "PIRL: elements Waypoint fills" lists them and the elements left blank. Values are the
 * layout's codes; an element Waypoint does not know is absent (blank in the file), never guessed.
 */
public final class PirlRecordBuilder {

    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final PirlLayout layout;
    private final LocalDate today;

    public PirlRecordBuilder(PirlLayout layout, LocalDate today) {
        this.layout = layout;
        this.today = today;
    }

    /** The period's values by element number, in the order derived. */
    public Map<String, String> build(PeriodFacts facts) {
        Map<String, String> r = new LinkedHashMap<>();
        identity(facts.person(), r);
        characteristics(facts.person(), facts.first(), r);
        programs(facts, r);
        new PirlServiceDates(layout).fill(facts, r);
        training(facts.trainings(), r);
        outcomes(facts, r);
        r.values().removeIf(v -> v == null || v.isEmpty());
        return r;
    }

    /** 100-103, 108-A, 2700-2702. 100 is Waypoint's participant number, never the SSN (layout, element 100). */
    static void identity(Person p, Map<String, String> r) {
        r.put("100", p.number());
        r.put("101", p.residenceState());
        if (p.countyFips() != null && p.countyFips().length() == 5) {
            r.put("102", p.countyFips().substring(2));
        }
        r.put("103", p.zip());
        // 108-A is the 5-digit ETA board code: only a local area whose code is one is reported.
        if (p.lwdaCode() != null && p.lwdaCode().matches("\\d{5}")) {
            r.put("108-A", p.lwdaCode());
        }
        r.put("2700", p.ssn());
        r.put("2701", p.lwdaName());
        r.put("2702", p.officeName());
    }

    /** 200-215, 300-301, 401, 407 from the record; 400, 402, 408, 409, 600-604, 701, 704, 800-807 frozen at entry. */
    static void characteristics(Person p, Entry entry, Map<String, String> r) {
        r.put("200", date(p.dateOfBirth()));
        r.put("201", code(p.sex(), Map.of("MALE", "1", "FEMALE", "2", "UNDISCLOSED", "9")));
        r.put("202", disclosure(p.disability()));
        r.put("210", disclosure(p.hispanic()));
        String[] races = {
            "AMERICAN_INDIAN_OR_ALASKA_NATIVE",
            "ASIAN",
            "BLACK_OR_AFRICAN_AMERICAN",
            "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER",
            "WHITE"
        };
        for (int i = 0; i < races.length; i++) {
            // No race recorded: the participant did not self-identify (9).
            r.put(String.valueOf(211 + i), p.races().isEmpty() ? "9" : p.races().contains(races[i]) ? "1" : "0");
        }
        r.put("300", p.veteran() == null ? "9" : p.veteran() ? "1" : "0");
        if (Boolean.TRUE.equals(p.eligibleSpouse()) && !Boolean.TRUE.equals(p.veteran())) {
            r.put("301", "3");
        } else if (Boolean.FALSE.equals(p.veteran()) && !Boolean.TRUE.equals(p.eligibleSpouse())) {
            r.put("301", "0");
        }
        r.put(
                "400",
                code(
                        entry.employmentStatus(),
                        Map.of("EMPLOYED", "1", "EMPLOYED_WITH_TERMINATION_NOTICE", "2", "NOT_EMPLOYED", "0")));
        r.put("401", code(p.ucStatus(), Map.of("CLAIMANT", "3", "EXHAUSTEE", "4", "NOT_CLAIMANT", "0")));
        r.put("402", yes(entry.barriers().contains("LONG_TERM_UNEMPLOYED")));
        if (p.highestGrade() != null) {
            r.put("407", String.valueOf(p.highestGrade()));
        }
        r.put(
                "408",
                code(
                        entry.educationLevel(),
                        Map.of(
                                "NONE",
                                "0",
                                "SECONDARY_DIPLOMA",
                                "1",
                                "SECONDARY_EQUIVALENCY",
                                "2",
                                "DISABILITY_CERTIFICATE",
                                "3",
                                "SOME_POSTSECONDARY",
                                "4",
                                "POSTSECONDARY_CERTIFICATE",
                                "5",
                                "ASSOCIATE",
                                "6",
                                "BACHELOR",
                                "7",
                                "BEYOND_BACHELOR",
                                "8")));
        r.put(
                "409",
                code(
                        entry.schoolStatus(),
                        Map.of(
                                "IN_SECONDARY_SCHOOL",
                                "1",
                                "IN_ALTERNATIVE_SCHOOL",
                                "2",
                                "IN_POSTSECONDARY_SCHOOL",
                                "3",
                                "NOT_IN_SCHOOL_DROPOUT",
                                "4",
                                "NOT_IN_SCHOOL_GRADUATE",
                                "5",
                                "NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE",
                                "6")));
        Set<String> a = entry.assistance();
        r.put("600", yes(a.contains("TANF")));
        // SSI_SSDI, the older combined answer, says neither which: 602 stays blank until staff say.
        if (!a.contains("SSI_SSDI")) {
            boolean ssi = a.contains("SSI");
            boolean ssdi = a.contains("SSDI");
            r.put("602", ssi && ssdi ? "3" : ssi ? "1" : ssdi ? "2" : "0");
        }
        r.put("603", yes(a.contains("SNAP")));
        r.put("604", yes(a.contains("OTHER")));
        Set<String> b = entry.barriers();
        if (youth(entry.program())) {
            r.put("701", yes(b.contains("PREGNANT_OR_PARENTING")));
            r.put("704", yes(b.contains("FOSTER_CARE")));
        }
        r.put("800", yes(b.contains("HOMELESS_OR_RUNAWAY")));
        r.put("801", yes(b.contains("EX_OFFENDER")));
        r.put("802", yes(entry.lowIncome() || a.contains("TANF") || a.contains("SNAP") || a.contains("SSI")));
        r.put("803", yes(b.contains("ENGLISH_LANGUAGE_LEARNER")));
        r.put("804", yes(b.contains("BASIC_SKILLS_DEFICIENT")));
        r.put("805", yes(b.contains("CULTURAL_BARRIERS")));
        r.put("806", yes(b.contains("SINGLE_PARENT")));
        r.put("807", yes(b.contains("DISPLACED_HOMEMAKER")));
    }

    /** 900, 901, 903-905, 918 (local formula funds: code 1), 923 (exclusion code, 00 for an ordinary exit). */
    static void programs(PeriodFacts facts, Map<String, String> r) {
        r.put("900", date(facts.entryDate()));
        LocalDate exit = facts.exitDate();
        r.put("901", date(exit));
        List<String> programs = facts.enrollments().stream().map(Entry::program).toList();
        r.put("903", programs.contains("ADULT") ? "1" : "0");
        r.put("904", programs.contains("DISLOCATED_WORKER") ? "1" : "0");
        r.put("905", programs.stream().anyMatch(PirlRecordBuilder::youth) ? "1" : "0");
        r.put("918", programs.contains("WAGNER_PEYSER") ? "1" : "0");
        if (exit != null) {
            r.put(
                    "923",
                    facts.enrollments().stream()
                            .map(Entry::exitExclusion)
                            .filter(x -> x != null)
                            .findFirst()
                            .map(PirlRecordBuilder::exclusionCode)
                            .orElse("00"));
        }
    }

    static String exclusionCode(String exclusion) {
        return org.waypoint.persistence.participant.ExitExclusion.valueOf(exclusion)
                .pirlCode();
    }

    /** 1300-1319: up to three trainings, earliest first; 1305 is the ETPL program's CIP code without its dot. */
    static void training(List<PeriodFacts.Training> trainings, Map<String, String> r) {
        List<PeriodFacts.Training> sorted = trainings.stream()
                .sorted(Comparator.comparing(PeriodFacts.Training::start))
                .toList();
        r.put("1300", yes(!sorted.isEmpty()));
        String[][] slots = {
            {"1302", "1303", "1307", "1308"}, {"1309", "1310", "1312", "1313"}, {"1314", "1315", "1317", "1318"}
        };
        for (int i = 0; i < Math.min(3, sorted.size()); i++) {
            PeriodFacts.Training t = sorted.get(i);
            r.put(slots[i][0], date(t.start()));
            r.put(slots[i][1], t.typeCode());
            if (t.outcome() != null) {
                r.put(slots[i][2], t.outcome().startsWith("COMPLETED") ? "1" : "0");
                r.put(slots[i][3], date(t.actualEnd()));
            }
        }
        if (!sorted.isEmpty()) {
            PeriodFacts.Training first = sorted.get(0);
            if (first.provider() != null) {
                r.put("1301", first.provider().replaceAll("[,\"\\r\\n]", " ").strip());
            }
            if (first.cipCode() != null) {
                r.put("1305", first.cipCode().replace(".", ""));
            }
            r.put("1319", yes(sorted.stream().anyMatch(PeriodFacts.Training::ita)));
            r.put("1811", date(first.start()));
        }
    }

    /** 1600-1607, 1700-1706 from wage records (1) or follow-up contacts (2); 1800-1810; 1900/1901. */
    void outcomes(PeriodFacts facts, Map<String, String> r) {
        new PirlOutcomes(today).fill(facts, r);
    }

    static boolean youth(String program) {
        return program.startsWith("YOUTH");
    }

    static String yes(boolean value) {
        return value ? "1" : "0";
    }

    static String disclosure(String value) {
        return code(value, Map.of("YES", "1", "NO", "0", "NOT_DISCLOSED", "9"));
    }

    static String code(String value, Map<String, String> codes) {
        return value == null ? null : codes.get(value);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    static String wholeDollars(java.math.BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static CalendarQuarter quarterOf(LocalDate date) {
        return CalendarQuarter.of(date);
    }
}

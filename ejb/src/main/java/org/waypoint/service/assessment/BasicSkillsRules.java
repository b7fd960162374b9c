package org.waypoint.service.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.common.Text;

/**
 * Basic skills deficiency (WIOA sec. 3(5)): English reading, writing or computing skills at or below
 * the 8th grade level on a generally accepted standardized test. On the NRS educational functioning
 * levels a TABE or CASAS score report gives, levels 1 to 4 cover grades 0 to 8.9. Only the latest
 * test of each subject counts. Plain Java, tested case by case.
 */
public final class BasicSkillsRules {

    /** NRS educational functioning levels with the grade span each covers. */
    private static final String[] GRADES = {"", "0-1.9", "2.0-3.9", "4.0-5.9", "6.0-8.9", "9.0-10.9", "11.0-12.9"};

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private BasicSkillsRules() {}

    /** One test result as the rules read it. */
    public record Result(
            TestInstrument instrument, TestSubject subject, int scaleScore, int level, LocalDate testDate) {}

    /**
     * Whether the person is basic skills deficient, and the sentence that says why: in English, and
     * as a text in either language (issue 19).
     */
    public record Finding(boolean deficient, String explanation, Text text) {

        Finding(boolean deficient, Text text) {
            this(deficient, text.english(), text);
        }
    }

    public static Finding deficiency(List<Result> results) {
        if (results.isEmpty()) {
            return new Finding(false, Text.of("assessment.noTest"));
        }
        Map<TestSubject, Result> latest = new EnumMap<>(TestSubject.class);
        results.stream()
                .sorted(Comparator.comparing(Result::testDate))
                .forEach(result -> latest.put(result.subject(), result));
        List<Text> low = new ArrayList<>();
        List<Text> ok = new ArrayList<>();
        latest.values().forEach(r -> (r.level() <= 4 ? low : ok).add(describe(r)));
        if (!low.isEmpty()) {
            return new Finding(true, Text.of("assessment.deficient", list(low)));
        }
        return new Finding(false, Text.of("assessment.notDeficient", list(ok)));
    }

    /**
     * The current test of each subject: the first of its subject in a list ordered newest first
     * (test date, then the order recorded), voided tests skipped. Two rows of one subject are never
     * both current, and a voided row never is (issue 19).
     */
    public static <T> List<T> current(
            List<T> newestFirst,
            java.util.function.Function<T, TestSubject> subject,
            java.util.function.Predicate<T> voided) {
        Map<TestSubject, T> latest = new EnumMap<>(TestSubject.class);
        for (T test : newestFirst) {
            if (!voided.test(test)) {
                latest.putIfAbsent(subject.apply(test), test);
            }
        }
        return List.copyOf(latest.values());
    }

    /** A test older than the state's limit may not be reused for a youth service strategy. */
    public static boolean isStale(LocalDate testDate, LocalDate asOf, int maxAgeMonths) {
        return testDate.plusMonths(maxAgeMonths).isBefore(asOf);
    }

    /** "grades 6.0-8.9" for NRS level 4. */
    public static String gradeSpan(int level) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("NRS functioning levels run from 1 to 6, not " + level);
        }
        return "grades " + GRADES[level];
    }

    private static Text describe(Result r) {
        gradeSpan(r.level());
        return Text.of(
                "assessment.result",
                r.instrument(),
                Text.of("assessment.subject." + r.subject().name()),
                r.scaleScore(),
                US.format(r.testDate()),
                r.level(),
                GRADES[r.level()]);
    }

    /** "a; b; c". */
    private static Text list(List<Text> parts) {
        Text all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = Text.of("assessment.list", all, parts.get(i));
        }
        return all;
    }
}

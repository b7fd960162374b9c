package org.waypoint.service.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.common.Text;

/**
 * The NRS educational functioning levels (ABE/ASE levels 1 to 6) each scale score stands for, by
 * test and subject: 34 CFR 462.44 and the NRS Technical Assistance Guide, Exhibit 2.1 (functioning
 * level descriptors with the approved tests' scale-score ranges), as the publishers' NRS tables
 * give them for TABE 11/12 (scale 300 to 800) and CASAS (reading, math, writing).
 *
 * <p>Waypoint refuses a level that does not match the score rather than deriving it: staff type
 * both from the score report, so a mismatch is a typo in one of them, and silently trusting either
 * would record the wrong one. The answer names the level the score stands for.
 */
public final class NrsLevels {

    /** A test's published scale and the lowest score of levels 1 to 6. */
    private record Scale(String name, int min, int max, int[] levelFloors) {}

    private static final Map<TestInstrument, Map<TestSubject, Scale>> SCALES = new EnumMap<>(TestInstrument.class);

    static {
        // TABE 11/12 NRS EFL table (Data Recognition Corporation, approved by OCTAE for NRS reporting).
        Map<TestSubject, Scale> tabe = new EnumMap<>(TestSubject.class);
        tabe.put(TestSubject.READING, new Scale("TABE 11/12 reading", 300, 800, new int[] {300, 442, 501, 536, 576, 617
        }));
        tabe.put(TestSubject.MATH, new Scale("TABE 11/12 math", 300, 800, new int[] {300, 449, 496, 537, 596, 657}));
        tabe.put(
                TestSubject.LANGUAGE,
                new Scale("TABE 11/12 language", 300, 800, new int[] {300, 458, 511, 547, 584, 631}));
        SCALES.put(TestInstrument.TABE, tabe);
        // CASAS ABE benchmarks of Exhibit 2.1: 200 and below, 201-210, 211-220, 221-235, 236-245, 246 and above.
        Map<TestSubject, Scale> casas = new EnumMap<>(TestSubject.class);
        int[] casasFloors = {150, 201, 211, 221, 236, 246};
        casas.put(TestSubject.READING, new Scale("CASAS reading", 150, 300, casasFloors));
        casas.put(TestSubject.MATH, new Scale("CASAS math", 150, 300, casasFloors));
        casas.put(TestSubject.LANGUAGE, new Scale("CASAS writing", 150, 300, casasFloors));
        SCALES.put(TestInstrument.CASAS, casas);
    }

    private NrsLevels() {}

    /** The NRS level (1 to 6) of a score on the test's scale; the score must lie on the scale. */
    public static int levelOf(TestInstrument instrument, TestSubject subject, int scaleScore) {
        Scale scale = SCALES.get(instrument).get(subject);
        if (scaleScore < scale.min() || scaleScore > scale.max()) {
            throw new IllegalArgumentException(scale.name() + " scores run from " + scale.min() + " to " + scale.max());
        }
        int level = 1;
        while (level < 6 && scaleScore >= scale.levelFloors()[level]) {
            level++;
        }
        return level;
    }

    /** "501-535" for TABE reading level 3; the top level is open-ended up to the scale's maximum. */
    public static String range(TestInstrument instrument, TestSubject subject, int level) {
        Scale scale = SCALES.get(instrument).get(subject);
        int low = scale.levelFloors()[level - 1];
        int high = level == 6 ? scale.max() : scale.levelFloors()[level] - 1;
        return low + "-" + high;
    }

    /**
     * Field errors for a result as typed: the level outside 1 to 6 (never coerced into range), the
     * score off the test's scale, or a level the score does not stand for. Missing values are the
     * caller's to report; they give no error here.
     */
    public static Map<String, String> check(
            TestInstrument instrument, TestSubject subject, Integer scaleScore, Integer level) {
        Map<String, String> english = new LinkedHashMap<>();
        checkTexts(instrument, subject, scaleScore, level).forEach((field, text) -> english.put(field, text.english()));
        return english;
    }

    /** As {@link #check}, each error a text in either language (issue 19). */
    public static Map<String, Text> checkTexts(
            TestInstrument instrument, TestSubject subject, Integer scaleScore, Integer level) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (level != null && (level < 1 || level > 6)) {
            errors.put("functioningLevel", Text.of("assessment.levelRange", level));
        }
        if (instrument == null || subject == null || scaleScore == null) {
            return errors;
        }
        Scale scale = SCALES.get(instrument).get(subject);
        if (scaleScore < scale.min() || scaleScore > scale.max()) {
            errors.put(
                    "scaleScore", Text.of("assessment.scoreRange", scale.name(), scale.min(), scale.max(), scaleScore));
            return errors;
        }
        int expected = levelOf(instrument, subject, scaleScore);
        if (level != null && errors.isEmpty() && level != expected) {
            errors.put(
                    "functioningLevel",
                    Text.of(
                            "assessment.levelMismatch",
                            scale.name(),
                            scaleScore,
                            expected,
                            range(instrument, subject, expected),
                            level));
        }
        return errors;
    }
}

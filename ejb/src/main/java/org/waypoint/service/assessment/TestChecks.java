package org.waypoint.service.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.assessment.BasicSkillsTest;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.common.InvalidInputException;

/**
 * The checks of a basic skills test as typed, for a new one and a correction alike: every field
 * named in one answer, the NRS level checked against the score ({@link NrsLevels}), and a
 * correction's or a void's reason.
 */
final class TestChecks {

    static final int REASON_MAX = 500;

    private TestChecks() {}

    static void require(
            TestInstrument instrument, TestSubject subject, Integer scaleScore, Integer level, LocalDate testDate) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (instrument == null) {
            errors.put("instrument", "Choose the test: TABE or CASAS.");
        }
        if (subject == null) {
            errors.put("subject", "Choose the subject tested: READING, MATH or LANGUAGE.");
        }
        if (scaleScore == null) {
            errors.put("scaleScore", "Enter the scale score from the score report.");
        }
        if (level == null) {
            errors.put("functioningLevel", "Enter the educational functioning level (1 to 6) from the score report.");
        }
        if (testDate == null) {
            errors.put("testDate", "Enter the date of the test.");
        } else if (testDate.isAfter(LocalDate.now())) {
            errors.put("testDate", "The test date is in the future.");
        }
        NrsLevels.check(instrument, subject, scaleScore, level).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The reason, stripped; a missing or too long one is refused by name. */
    static String reason(String given, String whenMissing) {
        String reason = given == null ? "" : given.strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("reason", whenMissing);
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "Use at most " + REASON_MAX + " characters.");
        }
        return reason;
    }

    /** What an audit row keeps of the test before and after. */
    static String describe(BasicSkillsTest t) {
        return t.getInstrument() + " " + t.getSubject() + " " + t.getScaleScore() + ", level " + t.getFunctioningLevel()
                + ", tested " + t.getTestDate() + (t.isVoided() ? ", voided: " + t.getVoidReason() : "");
    }
}

package org.waypoint.service.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.assessment.BasicSkillsTest;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

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
        Map<String, Text> errors = new LinkedHashMap<>();
        if (instrument == null) {
            errors.put("instrument", Text.of("assessment.chooseTest"));
        }
        if (subject == null) {
            errors.put("subject", Text.of("assessment.chooseSubject"));
        }
        if (scaleScore == null) {
            errors.put("scaleScore", Text.of("assessment.scaleScore"));
        }
        if (level == null) {
            errors.put("functioningLevel", Text.of("assessment.functioningLevel"));
        }
        if (testDate == null) {
            errors.put("testDate", Text.of("assessment.testDate"));
        } else if (testDate.isAfter(LocalDate.now())) {
            errors.put("testDate", Text.of("assessment.testDateFuture"));
        }
        NrsLevels.checkTexts(instrument, subject, scaleScore, level).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    /** The reason, stripped; a missing or too long one is refused by name. */
    static String reason(String given, Text whenMissing) {
        String reason = given == null ? "" : given.strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("reason", whenMissing);
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", Text.of("assessment.reasonMax", REASON_MAX));
        }
        return reason;
    }

    /** What an audit row keeps of the test before and after. */
    static String describe(BasicSkillsTest t) {
        return t.getInstrument() + " " + t.getSubject() + " " + t.getScaleScore() + ", level " + t.getFunctioningLevel()
                + ", tested " + t.getTestDate() + (t.isVoided() ? ", voided: " + t.getVoidReason() : "");
    }
}

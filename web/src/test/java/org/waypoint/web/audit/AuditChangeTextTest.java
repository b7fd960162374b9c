package org.waypoint.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Participant;

/**
 * The change history in words (issue 19): a case manager read "barriers from [...] to \"\"" as the
 * barriers wiped, and JSON where a sentence belongs. Each case is one shape of audit row.
 */
class AuditChangeTextTest {

    private static final String PARTICIPANT = Participant.class.getName();

    private final AuditChangeText text = new AuditChangeText(
            ResourceBundle.getBundle("org.waypoint.web.messages"),
            login -> Map.of("cm-bluegrass", "Dana Whitfield").getOrDefault(login, login));

    @Test
    void aListSaysWhatWasAddedAndWhatRemovedByTheItemsLabels() {
        assertThat(text.lines(
                        PARTICIPANT,
                        "{\"barriers\":{\"added\":[\"HOMELESS_OR_RUNAWAY\"],\"removed\":[\"FOSTER_CARE\"]}}"))
                .containsExactly("Barriers: added Homeless or runaway; removed In or aged out of foster care");
    }

    @Test
    void aListWithOnlyAdditionsSaysNothingOfRemovals() {
        assertThat(text.lines(PARTICIPANT, "{\"barriers\":{\"added\":[\"SINGLE_PARENT\"],\"removed\":[]}}"))
                .containsExactly("Barriers: added Single parent");
    }

    @Test
    void anOlderRowThatKnewOnlyTheFormerListDoesNotReadAsWiped() {
        assertThat(text.lines(PARTICIPANT, "{\"barriers\":{\"from\":\"[SINGLE_PARENT, FOSTER_CARE]\",\"to\":\"\"}}"))
                .containsExactly("Barriers: changed (before the change: Single parent, In or aged out of foster care)");
    }

    @Test
    void aFieldWhoseValueDidNotChangeIsNotListed() {
        assertThat(text.lines(
                        PARTICIPANT,
                        "{\"city\":{\"from\":\"Lexington\",\"to\":\"Lexington\"},"
                                + "\"lastName\":{\"from\":\"Reyes\",\"to\":\"Reyes-Cole\"}}"))
                .containsExactly("Last name: changed from Reyes to Reyes-Cole");
    }

    @Test
    void anEnumReadsAsItsLabelNotItsCode() {
        assertThat(text.lines(PARTICIPANT, "{\"sex\":{\"from\":\"\",\"to\":\"FEMALE\"}}"))
                .containsExactly("Sex: set to Female");
    }

    @Test
    void yesNoDatesAndStaffReadAsThePagesShowThem() {
        assertThat(text.lines(
                        PARTICIPANT,
                        "{\"veteran\":{\"from\":\"false\",\"to\":\"true\"},"
                                + "\"dateOfBirth\":{\"from\":\"1990-01-02\",\"to\":\"1991-01-02\"},"
                                + "\"caseManager\":{\"from\":\"\",\"to\":\"cm-bluegrass\"}}"))
                .containsExactly(
                        "Veteran: changed from No to Yes",
                        "Date of birth: changed from 01/02/1990 to 01/02/1991",
                        "Case manager: set to Dana Whitfield");
    }

    @Test
    void aClearedValueSaysWhatItWas() {
        assertThat(text.lines(PARTICIPANT, "{\"city\":{\"from\":\"Lexington\",\"to\":\"\"}}"))
                .containsExactly("City: cleared (was Lexington)");
    }

    @Test
    void aCreatedRecordListsTheValuesItWasCreatedWith() {
        assertThat(text.lines(PARTICIPANT, "{\"firstName\":{\"to\":\"Ana\"},\"ssnCipher\":{\"set\":true}}"))
                .containsExactly("First name: Ana", "SSN: recorded (not shown)");
    }

    @Test
    void aMaskedChangeSaysOnlyThatItChanged() {
        assertThat(text.lines(PARTICIPANT, "{\"ssnCipher\":{\"changed\":true}}"))
                .containsExactly("SSN: changed (not shown)");
    }

    @Test
    void anEventRowIsWorded() {
        assertThat(text.lines(PARTICIPANT, "{\"revealed\":\"ssn\"}"))
                .containsExactly("Shown in full: Social Security number");
        assertThat(text.lines(null, "{\"reason\":\"wrong password\"}")).containsExactly("Reason: wrong password");
    }

    @Test
    void anEmptyRowHasNoLinesAndTextThatIsNotJsonReadsAsWritten() {
        assertThat(text.lines(PARTICIPANT, "{}")).isEmpty();
        assertThat(text.lines(PARTICIPANT, null)).isEmpty();
        assertThat(text.lines(PARTICIPANT, "moved by hand")).containsExactly("moved by hand");
    }

    @Test
    void anActionAndAnEnumWithoutABundleLabelReadInWords() {
        assertThat(text.enumLabel(org.waypoint.persistence.audit.AuditAction.class, "UPDATE"))
                .isEqualTo("Changed");
        assertThat(text.enumLabel(org.waypoint.persistence.participant.Barrier.class, "EX_OFFENDER"))
                .isEqualTo("Ex-offender / subject to the justice system");
    }
}

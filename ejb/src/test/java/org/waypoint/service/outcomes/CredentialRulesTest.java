package org.waypoint.service.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.participant.Program;

/** The credential rules case by case, each with the regulation it comes from. */
class CredentialRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 2);
    private static final LocalDate EXIT = LocalDate.of(2025, 9, 30);
    private static final Participation OPEN = new Participation(Program.ADULT, ENTRY, null);
    private static final Participation EXITED = new Participation(Program.DISLOCATED_WORKER, ENTRY, EXIT);

    @Test
    @DisplayName("a credential attained during participation, with its evidence, passes")
    void aCredentialDuringParticipationPasses() {
        assertThat(CredentialRules.check(attained(LocalDate.of(2025, 6, 1)), OPEN, TODAY))
                .isEmpty();
        assertThat(CredentialRules.check(attained(ENTRY), OPEN, TODAY))
                .as("on the entry day itself")
                .isEmpty();
        assertThat(CredentialRules.check(attained(TODAY), OPEN, TODAY))
                .as("today")
                .isEmpty();
    }

    @Test
    @DisplayName("PIRL 1801: the date attained is required and not in the future")
    void theDateIsRequiredAndNotInTheFuture() {
        assertThat(CredentialRules.check(attained(null), OPEN, TODAY)).containsOnlyKeys("attainedOn");
        assertThat(CredentialRules.check(attained(TODAY.plusDays(1)), OPEN, TODAY))
                .containsOnlyKeys("attainedOn")
                .extractingByKey("attainedOn")
                .asString()
                .contains("future");
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(iv): a credential attained before program entry does not count")
    void beforeEntryIsRefused() {
        assertThat(CredentialRules.check(attained(ENTRY.minusDays(1)), OPEN, TODAY))
                .containsOnlyKeys("attainedOn")
                .extractingByKey("attainedOn")
                .asString()
                .contains("03/02/2025");
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(iv), TEGL 10-16 Ch. 1: it counts up to one year after exit, that day included")
    void withinOneYearAfterExitCounts() {
        assertThat(CredentialRules.check(attained(EXIT.plusDays(1)), EXITED, TODAY))
                .isEmpty();
        assertThat(CredentialRules.check(attained(EXIT.plusYears(1)), EXITED, TODAY))
                .as("the anniversary of the exit")
                .isEmpty();
        assertThat(CredentialRules.check(attained(EXIT.plusYears(1).plusDays(1)), EXITED, TODAY))
                .containsOnlyKeys("attainedOn")
                .extractingByKey("attainedOn")
                .asString()
                .contains("one year after exit")
                .contains("09/30/2026");
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(iv): the credential indicator does not apply to Wagner-Peyser")
    void wagnerPeyserTakesNoCredentials() {
        assertThat(CredentialRules.check(
                        attained(LocalDate.of(2025, 6, 1)),
                        new Participation(Program.WAGNER_PEYSER, ENTRY, null),
                        TODAY))
                .containsOnlyKeys("enrollmentId");
        for (Program program : new Program[] {
            Program.ADULT, Program.DISLOCATED_WORKER, Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL
        }) {
            assertThat(OutcomeRules.takesOutcomes(program)).as(program.name()).isTrue();
        }
    }

    @Test
    @DisplayName("PIRL 1800: type, name and evidence are required, each named; limits are the columns'")
    void requiredFieldsAreNamed() {
        CredentialInput empty = new CredentialInput(null, null, " ", LocalDate.of(2025, 6, 1), null, "", null, null);
        assertThat(CredentialRules.check(empty, OPEN, TODAY))
                .containsOnlyKeys("credentialType", "name", "evidenceKind", "evidenceDescription");
        CredentialInput long_ = new CredentialInput(
                null,
                CredentialType.OCCUPATIONAL_LICENSURE,
                "x".repeat(201),
                LocalDate.of(2025, 6, 1),
                EvidenceKind.LICENSING_BOARD_RECORD,
                "y".repeat(501),
                null,
                "z".repeat(2001));
        assertThat(CredentialRules.check(long_, OPEN, TODAY)).containsOnlyKeys("name", "evidenceDescription", "note");
    }

    @Test
    @DisplayName("without an enrollment found only the input's own fields are checked")
    void noEnrollment() {
        assertThat(CredentialRules.check(attained(ENTRY.minusYears(3)), null, TODAY))
                .isEmpty();
    }

    @Test
    @DisplayName("a void needs its reason, at most 500 characters")
    void aVoidNeedsItsReason() {
        assertThat(OutcomeRules.checkVoidReason(" ")).containsOnlyKeys("reason");
        assertThat(OutcomeRules.checkVoidReason("r".repeat(501))).containsOnlyKeys("reason");
        assertThat(OutcomeRules.checkVoidReason("Entered for the wrong participant"))
                .isEmpty();
    }

    @Test
    @DisplayName("PIRL 1800 code values 1 to 7")
    void pirlCodes() {
        assertThat(CredentialType.SECONDARY_DIPLOMA.pirlCode()).isEqualTo(1);
        assertThat(CredentialType.ASSOCIATE_DEGREE.pirlCode()).isEqualTo(2);
        assertThat(CredentialType.BACHELOR_DEGREE.pirlCode()).isEqualTo(3);
        assertThat(CredentialType.OCCUPATIONAL_LICENSURE.pirlCode()).isEqualTo(4);
        assertThat(CredentialType.OCCUPATIONAL_CERTIFICATE.pirlCode()).isEqualTo(5);
        assertThat(CredentialType.OCCUPATIONAL_CERTIFICATION.pirlCode()).isEqualTo(6);
        assertThat(CredentialType.OTHER_RECOGNIZED.pirlCode()).isEqualTo(7);
    }

    private static CredentialInput attained(LocalDate day) {
        return new CredentialInput(
                null,
                CredentialType.OCCUPATIONAL_CERTIFICATE,
                "Certified Nursing Assistant",
                day,
                EvidenceKind.COPY_OF_CREDENTIAL,
                "Kentucky Nurse Aide Registry certificate, copy in file",
                null,
                null);
    }
}

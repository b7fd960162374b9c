package org.waypoint.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.lmi.LmiReviewInput;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.ReviewInput;

/** POST and PUT /participants read the body straight into the service's ParticipantInput. */
class RecordBodiesTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aBodyBecomesTheInputByFieldName() {
        ParticipantInput input = RecordBodies.read(
                json("{\"firstName\":\"Renee\",\"lastName\":\"Flow\",\"dateOfBirth\":\"1985-03-14\",\"sex\":\"female\","
                        + "\"barriers\":[\"SINGLE_PARENT\"],\"familySize\":3,\"annualFamilyIncome\":18250.50,"
                        + "\"veteran\":false,\"version\":4,\"unknownField\":1}"),
                ParticipantInput.class);
        assertThat(input.firstName()).isEqualTo("Renee");
        assertThat(input.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(input.sex()).isEqualTo(Sex.FEMALE);
        assertThat(input.barriers()).containsExactly(Barrier.SINGLE_PARENT);
        assertThat(input.familySize()).isEqualTo(3);
        assertThat(input.annualFamilyIncome()).isEqualByComparingTo(new BigDecimal("18250.50"));
        assertThat(input.veteran()).isFalse();
        assertThat(input.version()).isEqualTo(4L);
        assertThat(input.races()).isEmpty();
    }

    @Test
    void everyValueThatCannotBeReadIsNamedInOneAnswer() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> RecordBodies.read(
                        json("{\"dateOfBirth\":\"05/17/1990\",\"sex\":\"Q\",\"barriers\":[\"NOT_A_BARRIER\"],"
                                + "\"familySize\":2.5,\"veteran\":\"yes\"}"),
                        ParticipantInput.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors())
                .containsOnlyKeys("dateOfBirth", "sex", "barriers", "familySize", "veteran");
        assertThat(invalid.getFieldErrors().get("sex")).contains("Unknown value 'Q'");
    }

    @Test
    void aReviewReadsItsObjectivesAsNestedRecordsAndNamesTheirBadValues() {
        ReviewInput review = RecordBodies.read(
                json("{\"reviewedOn\":\"2026-11-30\",\"progress\":\"On track\","
                        + "\"objectives\":[{\"objective\":1,\"status\":\"met\",\"note\":\"Done\"}]}"),
                ReviewInput.class);
        assertThat(review.objectives()).singleElement().satisfies(o -> {
            assertThat(o.objective()).isEqualTo(1);
            assertThat(o.status()).isEqualTo(ObjectiveStatus.MET);
        });

        InvalidInputException invalid = catchThrowableOfType(
                () -> RecordBodies.read(json("{\"objectives\":[{\"status\":\"DONE\"}, 3]}"), ReviewInput.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors())
                .as("a number that must be given, an unknown status, a list item that is not an object")
                .containsOnlyKeys("objectives.objective", "objectives.status", "objectives");
    }

    @Test
    void aYesNoLeftOutOfAPrimitiveIsNoAndAWrongOneIsNamed() {
        assertThat(RecordBodies.read(json("{\"socs\":[\"29-1141\"]}"), LmiReviewInput.class)
                        .refreshFigures())
                .isFalse();
        assertThat(catchThrowableOfType(
                                () -> RecordBodies.read(json("{\"refreshFigures\":\"yes\"}"), LmiReviewInput.class),
                                InvalidInputException.class)
                        .getFieldErrors())
                .containsOnlyKeys("refreshFigures");
    }

    @Test
    void whatTheRecordItselfRefusesIsNamedByItsField() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> RecordBodies.read(
                        json("{\"asOf\":\"2026-01-01\",\"dateOfBirth\":\"2026-02-01\"}"), EligibilityFacts.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors()).containsOnlyKeys("dateOfBirth");
    }

    @Test
    void aChangeWithoutItsVersionLockIsRefusedByName() {
        assertThat(RecordBodies.versionLock(json("{\"versionLock\":7}"), "sector"))
                .isEqualTo(7L);
        assertThat(catchThrowableOfType(
                                () -> RecordBodies.versionLock(json("{\"name\":\"x\"}"), "sector"),
                                InvalidInputException.class)
                        .getFieldErrors())
                .containsOnlyKeys("versionLock");
    }

    @Test
    void aNullListItemAndAWrongTypedIdAreNamedNotDroppedOrFailed() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> RecordBodies.read(
                        json("{\"objectives\":[null],\"reviewedOn\":\"2026-11-30\"}"), ReviewInput.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors()).containsOnlyKeys("objectives");

        invalid = catchThrowableOfType(
                () -> RecordBodies.read(
                        json("{\"contactDate\":\"2026-11-30\",\"category\":\"CONTACT\",\"text\":\"x\","
                                + "\"planId\":\"12\"}"),
                        org.waypoint.service.participant.CaseNoteInput.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors()).containsOnlyKeys("planId");
    }

    @Test
    void aProbesCoercionsOfAParticipantAreEachNamed() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> RecordBodies.read(
                        json("{\"firstName\":7,\"dateOfBirth\":\"0000-01-01\",\"authorizedToWork\":\"yes\","
                                + "\"veteran\":1,\"familySize\":1.5,\"races\":{}}"),
                        ParticipantInput.class),
                InvalidInputException.class);
        assertThat(invalid.getFieldErrors())
                .containsOnlyKeys("firstName", "dateOfBirth", "authorizedToWork", "veteran", "familySize", "races");
    }

    @Test
    void aVersionLockIsAWholeNumber() {
        assertThat(catchThrowableOfType(
                                () -> RecordBodies.versionLock(json("{\"versionLock\":\"7\"}"), "sector"),
                                InvalidInputException.class)
                        .getFieldErrors())
                .containsOnlyKeys("versionLock");
    }
}

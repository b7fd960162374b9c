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
import org.waypoint.service.participant.ParticipantInput;

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
    void aChangeSendsItsVersionLockOrIsAnswered400NamingIt() {
        assertThat(RecordBodies.versionLock(json("{\"versionLock\":7,\"name\":\"x\"}"), "code"))
                .isEqualTo(7L);
        for (String body : new String[] {"{\"name\":\"x\"}", "{\"versionLock\":\"7\"}", "{\"versionLock\":1.5}"}) {
            InvalidInputException refused = catchThrowableOfType(
                    () -> RecordBodies.versionLock(json(body), "code"), InvalidInputException.class);
            assertThat(refused.getFieldErrors())
                    .containsEntry("versionLock", "Send the versionLock of the code you loaded.");
        }
    }
}

package org.waypoint.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Sex;

/** Each coercion the issue 18 probe found is refused by name; a right value is read as it is. */
class JsonScalarsTest {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader("{\"v\":" + text + "}"))
                .readObject()
                .get("v");
    }

    @Test
    void aYesNoIsOnlyAJsonBoolean() {
        assertThat(JsonScalars.yesNo(errors, "veteran", json("true"))).isTrue();
        assertThat(JsonScalars.yesNo(errors, "authorizedToWork", json("\"yes\"")))
                .isNull();
        assertThat(JsonScalars.yesNo(errors, "veteran", json("1"))).isNull();
        assertThat(errors).containsOnlyKeys("authorizedToWork", "veteran");
    }

    @Test
    void aWholeNumberIsNeitherAFractionNorBeyondItsTypeNorAString() {
        assertThat(JsonScalars.wholeNumber(errors, "ok", json("3"))).isEqualTo(3);
        assertThat(JsonScalars.wholeNumber(errors, "ok", json("3.0"))).isEqualTo(3);
        assertThat(JsonScalars.wholeNumber(errors, "familySize", json("1.5"))).isNull();
        assertThat(JsonScalars.wholeNumber(errors, "grade", json("9223372036854775808")))
                .isNull();
        assertThat(JsonScalars.longNumber(errors, "planId", json("\"12\""))).isNull();
        assertThat(JsonScalars.longNumber(errors, "big", json("9223372036854775807")))
                .isEqualTo(Long.MAX_VALUE);
        assertThat(JsonScalars.longNumber(errors, "officeId", json("{}"))).isNull();
        assertThat(errors).containsOnlyKeys("familySize", "grade", "planId", "officeId");
        assertThat(errors.get("familySize")).contains("fraction");
        assertThat(errors.get("grade")).contains("2147483647");
    }

    @Test
    void textIsOnlyAJsonString() {
        assertThat(JsonScalars.text(errors, "firstName", json("\"Renee\""))).isEqualTo("Renee");
        assertThat(JsonScalars.text(errors, "lastName", json("42"))).isNull();
        assertThat(JsonScalars.text(errors, "city", json("[\"a\"]"))).isNull();
        assertThat(errors).containsOnlyKeys("lastName", "city");
    }

    @Test
    void aNumberIsOnlyAJsonNumber() {
        assertThat(JsonScalars.decimal(errors, "income", json("18250.50"))).isEqualByComparingTo("18250.50");
        assertThat(JsonScalars.decimal(errors, "planReviewIntervalDays", json("\"x\"")))
                .isNull();
        assertThat(errors).containsOnlyKeys("planReviewIntervalDays");
        assertThat(JsonScalars.decimal(new LinkedHashMap<>(), "n", json("null")))
                .isNull();
        assertThat(BigDecimal.ONE).isNotNull();
    }

    @Test
    void aCodeIsAKnownNameSentAsAString() {
        assertThat(JsonScalars.code(errors, "sex", json("\"female\""), Sex.class))
                .isEqualTo(Sex.FEMALE);
        assertThat(JsonScalars.code(errors, "sex", json("\"Q\""), Sex.class)).isNull();
        assertThat(JsonScalars.code(errors, "kind", json("1"), Sex.class)).isNull();
        assertThat(errors).containsOnlyKeys("sex", "kind");
    }

    @Test
    void datesAreRealDaysBetween1900And2100AndBirthDatesAreNotInTheFuture() {
        assertThat(JsonScalars.date(errors, "entryDate", json("\"2026-07-01\"")))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(JsonScalars.date(errors, "dateOfBirth", json("\"0000-01-01\"")))
                .isNull();
        assertThat(JsonScalars.date(errors, "determinedOn", json("\"2999-01-01\"")))
                .isNull();
        assertThat(JsonScalars.date(errors, "contactDate", json("\"2026-02-30\"")))
                .isNull();
        assertThat(JsonScalars.date(errors, "asOf", json("20260101"))).isNull();
        assertThat(JsonScalars.date(
                        errors, "facts.dateOfBirth", json("\"" + LocalDate.now().plusDays(1) + "\"")))
                .isNull();
        assertThat(errors).containsOnlyKeys("dateOfBirth", "determinedOn", "contactDate", "asOf", "facts.dateOfBirth");
        assertThat(errors.get("determinedOn")).contains("2100-12-31");
    }
}

package org.waypoint.web.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The chart configuration is written inside a script element: text in it must not end that element. */
class LmiChartsTest {

    @Test
    void anAreaNameCannotCloseTheScriptThatCarriesTheChart() {
        String name = "Bluegrass</script><script>alert(1)</script> & co\u2028";
        JsonObject config = Json.createObjectBuilder()
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder().add(name)))
                .build();

        String written = LmiCharts.forScript(config);

        assertThat(written)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .doesNotContain("\u2028");
        JsonObject readBack = Json.createReader(new StringReader(written)).readObject();
        assertThat(readBack.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo(name);
    }
}

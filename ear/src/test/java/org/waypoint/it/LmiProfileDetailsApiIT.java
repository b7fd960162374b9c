package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * The profile's O*NET work details and the area's coverage through the API on the real server, from
 * the O*NET 29.2 files loaded on the first start (issue 20): {@code jobZone}, {@code tools},
 * {@code technologySkills} with O*NET's flags, {@code tasks} core first, each specialty under
 * {@code onetOccupations}, and {@code coverage}, which tells a Georgia career seeker that only
 * national wages exist. Beside {@link LmiApiIT}, which keeps the figures and imports.
 */
@ExtendWith(ArquillianExtension.class)
class LmiProfileDetailsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void dentalAssistantsHaveTheirJobZoneToolsFlaggedTechnologyAndCoreTasks() throws Exception {
        JsonObject profile = json(Api.get("/lmi/occupations/31-9091?area=KY-bluegrass", "monitor"));

        assertThat(profile.getJsonObject("jobZone").getInt("number")).isEqualTo(3);
        assertThat(profile.getJsonObject("jobZone").getString("name"))
                .isEqualTo("Job Zone Three: Medium Preparation Needed");
        JsonObject pliers = profile.getJsonArray("tools").getJsonObject(0);
        assertThat(pliers.getString("commodityTitle")).isEqualTo("Orthodontic pliers");
        assertThat(pliers.getJsonArray("examples").getString(0)).isEqualTo("Band seating pliers");
        JsonObject dentrix = profile.getJsonArray("technologySkills").getJsonObject(0);
        assertThat(dentrix.getString("example")).isEqualTo("Henry Schein Dentrix");
        assertThat(dentrix.getBoolean("hotTechnology")).isTrue();
        assertThat(dentrix.getBoolean("inDemand")).isTrue();
        JsonArray tasks = profile.getJsonArray("tasks");
        assertThat(tasks).hasSize(16);
        assertThat(tasks.getJsonObject(0).getBoolean("core")).isTrue();
        assertThat(tasks.getJsonObject(15).getBoolean("core")).isFalse();
        assertThat(tasks.getJsonObject(15).getString("taskType")).isEqualTo("Supplemental");
        assertThat(profile.getJsonArray("onetOccupations")).hasSize(1);
        JsonObject coverage = profile.getJsonObject("coverage");
        assertThat(coverage.getBoolean("projections")).isTrue();
        assertThat(coverage.getBoolean("wages")).isTrue();
        assertThat(coverage.getString("statement")).startsWith("Figures for Bluegrass LWA:");
        assertThat(profile.getString("attribution")).contains("CC BY 4.0");
        // the O*NET work details are not figures: the vintage of the figures stays KYSTATS's
        assertThat(profile.getString("vintage")).isEqualTo("KYSTATS Occupational Outlook 2022-2032");
    }

    @Test
    void registeredNursesListTheirSpecialtiesEachWithItsDetails() throws Exception {
        JsonObject profile = json(Api.get("/lmi/occupations/29-1141?area=KY", "cm-bluegrass"));

        JsonArray occupations = profile.getJsonArray("onetOccupations");
        assertThat(occupations.getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("onetSocCode"))
                .containsExactly("29-1141.00", "29-1141.01", "29-1141.02", "29-1141.03", "29-1141.04");
        assertThat(occupations.getJsonObject(0).getBoolean("specialty")).isFalse();
        JsonObject criticalCare = occupations.getJsonObject(3);
        assertThat(criticalCare.getString("title")).isEqualTo("Critical Care Nurses");
        assertThat(criticalCare.getBoolean("specialty")).isTrue();
        assertThat(criticalCare.getJsonObject("jobZone").getInt("number")).isEqualTo(4);
        assertThat(criticalCare.getJsonArray("tasks")).hasSize(29);
        assertThat(criticalCare.getJsonArray("tools")).isNotEmpty();
        assertThat(profile.getJsonObject("jobZone").getInt("number")).isEqualTo(4);
    }

    @Test
    void aGeorgiaCareerSeekerIsToldOnlyNationalWagesExist() throws Exception {
        JsonObject profile = json(Api.get("/lmi/occupations/31-9091?area=US&state=GA", "state-admin"));

        JsonObject coverage = profile.getJsonObject("coverage");
        assertThat(coverage.getBoolean("projections")).isFalse();
        assertThat(coverage.getBoolean("wages")).isTrue();
        assertThat(coverage.getBoolean("nationalWagesOnly")).isTrue();
        assertThat(coverage.getString("homeState")).isEqualTo("GA");
        assertThat(coverage.getBoolean("homeStateFigures")).isFalse();
        assertThat(coverage.getString("statement"))
                .startsWith("No Georgia figures have been imported: no Georgia projections, openings or state wages.")
                .contains("national wages only (BLS OEWS May 2024)");
        // a Kentucky career seeker looking at the nation is told what the nation has, nothing missing
        JsonObject kentucky = json(Api.get("/lmi/occupations/31-9091?area=US&state=KY", "state-admin"))
                .getJsonObject("coverage");
        assertThat(kentucky.getBoolean("homeStateFigures")).isTrue();
        assertThat(kentucky.getString("statement")).startsWith("Figures for ");
    }

    @Test
    void aStateThatIsNotTwoLettersIs400NamingTheField() throws Exception {
        HttpResponse<String> response = Api.get("/lmi/occupations/31-9091?area=US&state=Georgia", "cm-bluegrass");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("state");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode() < 500).as(response.body()).isTrue();
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

package org.waypoint.web.lmi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.AreaCoverage;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.OnetOccupationDetails;
import org.waypoint.web.common.JsonBuilders;

/**
 * The parts of the profile JSON that O*NET's work details and the area's coverage add (issue 20):
 * {@code jobZone} ({@code {number, name}} or null), {@code tools}, {@code technologySkills} (with
 * {@code hotTechnology} and {@code inDemand}) and {@code tasks} (with {@code core}) of the occupation,
 * the same for each O*NET occupation under {@code onetOccupations} (the ".00" first, then the
 * specialties), and {@code coverage}. Kept apart from {@link LmiResource} so that the resource
 * reads as its endpoints.
 */
final class OnetDetailsJson {

    private OnetDetailsJson() {}

    static void addTo(JsonObjectBuilder body, OccupationProfile profile) {
        body.add("jobZone", jobZone(profile.jobZone()));
        OnetOccupationDetails main = profile.mainOnet();
        body.add("tools", main == null ? JsonBuilders.array() : tools(main));
        body.add("technologySkills", main == null ? JsonBuilders.array() : technologySkills(main));
        body.add("tasks", main == null ? JsonBuilders.array() : tasks(main));
        JsonArrayBuilder occupations = JsonBuilders.array();
        profile.onet()
                .forEach(details -> occupations.add(JsonBuilders.object()
                        .add("onetSocCode", details.onetSocCode())
                        .add("title", details.title())
                        .add("specialty", details.specialty())
                        .add("jobZone", jobZone(details.jobZone()))
                        .add("tools", tools(details))
                        .add("technologySkills", technologySkills(details))
                        .add("tasks", tasks(details))));
        body.add("onetOccupations", occupations);
        AreaCoverage coverage = profile.coverage();
        if (coverage == null) {
            body.addNull("coverage");
        } else {
            JsonObjectBuilder c = JsonBuilders.object()
                    .add("projections", coverage.projections())
                    .add("wages", coverage.wages())
                    .add("nationalWagesOnly", coverage.nationalWagesOnly());
            text(c, "projectionSource", coverage.projectionSource());
            text(c, "wageSource", coverage.wageSource());
            text(c, "homeState", coverage.homeState());
            c.add("homeStateFigures", coverage.homeStateFigures());
            c.add("statement", coverage.statement().english());
            body.add("coverage", c);
        }
    }

    private static jakarta.json.JsonValue jobZone(Integer zone) {
        Text name = OnetOccupationDetails.jobZoneName(zone);
        if (name == null) {
            return jakarta.json.JsonValue.NULL;
        }
        return JsonBuilders.object()
                .add("number", zone)
                .add("name", name.english())
                .build();
    }

    private static JsonArrayBuilder tools(OnetOccupationDetails details) {
        JsonArrayBuilder tools = JsonBuilders.array();
        details.tools().forEach(group -> {
            JsonArrayBuilder examples = JsonBuilders.array();
            group.examples().forEach(examples::add);
            tools.add(JsonBuilders.object()
                    .add("commodityTitle", group.commodityTitle())
                    .add("examples", examples));
        });
        return tools;
    }

    private static JsonArrayBuilder technologySkills(OnetOccupationDetails details) {
        JsonArrayBuilder skills = JsonBuilders.array();
        details.technologySkills()
                .forEach(skill -> skills.add(JsonBuilders.object()
                        .add("example", skill.example())
                        .add("commodityTitle", skill.commodityTitle())
                        .add("hotTechnology", skill.hotTechnology())
                        .add("inDemand", skill.inDemand())));
        return skills;
    }

    private static JsonArrayBuilder tasks(OnetOccupationDetails details) {
        JsonArrayBuilder tasks = JsonBuilders.array();
        details.tasks()
                .forEach(task -> tasks.add(JsonBuilders.object()
                        .add("taskId", task.taskId())
                        .add("task", task.task())
                        .add("taskType", task.taskType())
                        .add("core", task.core())));
        return tasks;
    }

    private static void text(JsonObjectBuilder body, String name, String value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }
}

package org.waypoint.web.tasks;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.tasks.TaskDigest;
import org.waypoint.service.tasks.TaskList;
import org.waypoint.service.tasks.TaskService;
import org.waypoint.web.api.RecordBodies;

/**
 * {@code GET tasks}: the caller's task list (a case manager's own); {@code ?caseManager=username}
 * chooses a case manager (an LWDA admin's of their LWDA, who also gets every case manager's counts);
 * {@code ?category=PLAN_REVIEW} (a {@link org.waypoint.service.tasks.TaskCategory}) gives that
 * category with all its items instead of the first {@value TaskService#ITEMS_SHOWN} of each.
 * {@code GET/PUT digest} read and set the calling case manager's daily e-mail ({@code {"on": true}});
 * {@code POST digest/send} lets a state admin send today's digest now and answers how many went.
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @EJB
    private TaskService tasks;

    @EJB
    private TaskDigest digest;

    @GET
    public TaskList list(@QueryParam("caseManager") String caseManager, @QueryParam("category") String category) {
        return tasks.tasks(caseManager, TaskCategories.parse(category));
    }

    @GET
    @Path("digest")
    public TaskService.DigestSetting digest() {
        return tasks.digest();
    }

    @PUT
    @Path("digest")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskService.DigestSetting setDigest(JsonObject body) {
        DigestInput input = body == null ? null : RecordBodies.read(body, DigestInput.class);
        if (input == null || input.on() == null) {
            throw InvalidInputException.of("on", "Say whether the daily e-mail is on (true) or off (false).");
        }
        return tasks.setDigest(input.on());
    }

    /** The body of {@code PUT digest}. */
    public record DigestInput(Boolean on) {}

    @POST
    @Path("digest/send")
    public Map<String, Integer> send() {
        return Map.of("sent", digest.sendNow());
    }
}

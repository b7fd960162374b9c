package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.plan.MissingElement;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanFile;
import org.waypoint.service.plan.PlanFileService;
import org.waypoint.service.plan.PlanReviewsDueService;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.plan.ReviewDue;
import org.waypoint.service.plan.ReviewInput;
import org.waypoint.service.plan.SignatureInput;
import org.waypoint.web.api.RecordBodies;
import org.waypoint.web.common.ContentDisposition;

/**
 * One plan (IEP or ISS) at {@code /plans/{id}}: read and change it, its completeness, versions,
 * signatures and reviews. A participant's plans are listed and started at {@code
 * /participants/{id}/plans} ({@link ParticipantPlansResource}).
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @EJB
    private PlanService plans;

    @EJB
    private PlanFileService files;

    @EJB
    private PlanReviewsDueService reviewsDue;

    /** The body of PUT /plans/{id}, read strictly by {@link RecordBodies} (every bad value named). */
    public record ChangeBody(Long versionLock, PlanContent content) {}

    /**
     * The body of POST /plans/{id}/signatures.
     *
     * @param copyOffered a copy of the signed plan was offered to the participant (Georgia 3.3.1)
     */
    public record SignBody(Long versionLock, SignatureInput participant, SignatureInput staff, Boolean copyOffered) {}

    /** Plans whose review is due within two weeks or overdue, within the caller's reach, soonest first. */
    @GET
    @Path("reviews-due")
    public List<ReviewDue> reviewsDue() {
        return reviewsDue.reviewsDue();
    }

    @GET
    @Path("{planId}")
    public PlanView find(@PathParam("planId") long planId) {
        return plans.find(planId);
    }

    /** Saves the plan; on a signed version this opens the next one. Send the versionLock you loaded. */
    @PUT
    @Path("{planId}")
    public PlanView change(@PathParam("planId") long planId, JsonObject json) {
        ChangeBody body = json == null ? null : RecordBodies.read(json, ChangeBody.class);
        if (body == null || body.versionLock() == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the plan you loaded.");
        }
        return plans.save(planId, body.versionLock(), body.content());
    }

    /** {@code complete} and the {@code missing} element codes with their messages. */
    @GET
    @Path("{planId}/completeness")
    public Map<String, Object> completeness(@PathParam("planId") long planId) {
        List<MissingElement> missing = plans.completeness(planId);
        return Map.of(
                "complete", missing.isEmpty(),
                "missing",
                        missing.stream()
                                .map(m -> Map.of("code", m.element().name(), "message", m.message()))
                                .toList());
    }

    @GET
    @Path("{planId}/versions")
    public List<PlanView.VersionSummary> versions(@PathParam("planId") long planId) {
        return plans.find(planId).versions();
    }

    @GET
    @Path("{planId}/versions/{number}")
    public PlanContent version(@PathParam("planId") long planId, @PathParam("number") int number) {
        return plans.version(planId, number);
    }

    /**
     * The PDF of a version: the original filed when it was signed (header {@code X-Original: true}),
     * or a print of a draft as it stands; in the participant's preferred language, or in {@code
     * ?lang=en|es} (a signed version asked for in the other language is printed again, not the
     * original; any other value is a 400 naming lang).
     */
    @GET
    @Path("{planId}/versions/{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(
            @PathParam("planId") long planId, @PathParam("number") int number, @QueryParam("lang") String lang) {
        PlanFile file = files.pdf(planId, number, DocumentLanguage.fromParameter(lang));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.inline(file.fileName()))
                .header("X-Content-SHA256", file.sha256())
                .header("X-Original", file.original())
                .build();
    }

    /**
     * Attaches a copy (PDF, PNG or JPEG, the request body) of a recent service strategy from
     * another program to a youth ISS; answers {@code id}, which the plan's {@code
     * youth.reuse.documentId} then names.
     */
    @POST
    @Path("{planId}/documents")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    public Response attach(
            @PathParam("planId") long planId,
            @jakarta.ws.rs.QueryParam("fileName") String fileName,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            byte[] content) {
        return Response.status(201)
                .entity(files.attach(planId, fileName, contentType, content))
                .build();
    }

    @GET
    @Path("{planId}/documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    public Response document(@PathParam("planId") long planId, @PathParam("documentId") long documentId) {
        PlanFile file = files.document(planId, documentId);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.inline(file.fileName()))
                .build();
    }

    @POST
    @Path("{planId}/signatures")
    public PlanView sign(@PathParam("planId") long planId, JsonObject json) {
        SignBody body = json == null ? null : RecordBodies.read(json, SignBody.class);
        if (body == null || body.versionLock() == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the plan you loaded.");
        }
        return plans.sign(
                planId, body.versionLock(), body.participant(), body.staff(), Boolean.TRUE.equals(body.copyOffered()));
    }

    @POST
    @Path("{planId}/reviews")
    public Response review(@PathParam("planId") long planId, JsonObject body) {
        return Response.status(201)
                .entity(plans.review(planId, RecordBodies.read(body, ReviewInput.class)))
                .build();
    }
}

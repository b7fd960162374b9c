package org.waypoint.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.persistence.common.LogRedaction;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.DuplicateRecordException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.StoreFailures;
import org.waypoint.service.participant.DuplicateLookupLimitException;
import org.waypoint.service.participant.DuplicateParticipantException;
import org.waypoint.service.participant.HelpDesk;
import org.waypoint.service.participant.SsnKeyMissingException;
import org.waypoint.web.common.CallerRefusal;
import org.waypoint.web.common.JsonBuilders;
import org.waypoint.web.common.ServiceFailure;

/**
 * Translates every failure of the API into problem+json: the services' application exceptions to
 * 400, 403, 404 and 409, the container's to their status, anything unexpected to a 500 that is
 * logged with its stack trace on the server and told to the client without one.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        Throwable e = unwrap(exception);
        Response upload = UploadProblems.toResponse(e); // 413 over a limit, 409 a much smaller LMI file
        if (upload != null) {
            return upload;
        }
        if (e instanceof DuplicateParticipantException duplicate) {
            var matches = JsonBuilders.array();
            duplicate.getMatches().forEach(m -> {
                // issue 18: a match in another LWDA is told only to exist, and whom to ask
                var match = JsonBuilders.object().add("sameSsn", m.sameSsn());
                if (m.visible()) {
                    match.add("participantNumber", m.participantNumber())
                            .add("lwdaName", m.lwdaName())
                            .add("id", m.id())
                            .add("name", m.name())
                            .add("dateOfBirth", m.dateOfBirth().toString());
                } else {
                    match.add("otherLwda", true).add("contact", HelpDesk.contact());
                }
                matches.add(match);
            });
            var body = JsonBuilders.object(Problems.json(409, "Conflict", e.getMessage(), null))
                    .add("matches", matches)
                    .add("canConfirm", !duplicate.isSameSsn());
            return Response.status(409)
                    .type(Problems.MEDIA_TYPE)
                    .entity(body.build().toString())
                    .build();
        }
        if (e instanceof DuplicateLookupLimitException limit) {
            return Response.status(429)
                    .type(Problems.MEDIA_TYPE)
                    .header("Retry-After", limit.getRetryAfterSeconds())
                    .entity(Problems.json(429, "Too Many Requests", e.getMessage(), null)
                            .toString())
                    .build();
        }
        if (e instanceof org.waypoint.service.lmi.ImportRejectedException rejected) {
            var rows = JsonBuilders.array();
            rejected.errors()
                    .forEach(error -> rows.add(JsonBuilders.object()
                            .add("row", error.rowNumber())
                            .add("column", error.column())
                            .add("message", error.message())));
            var body = JsonBuilders.object(Problems.json(400, "Bad Request", rejected.getMessage(), null))
                    .add("errorCount", rejected.errorCount())
                    .add("rowErrors", rows);
            return Response.status(400)
                    .type(Problems.MEDIA_TYPE)
                    .entity(body.build().toString())
                    .build();
        }
        if (e instanceof DuplicateRecordException) {
            return Problems.response(409, "Conflict", e.getMessage());
        }
        if (e instanceof SsnKeyMissingException) {
            return Problems.response(400, "Bad Request", e.getMessage(), java.util.Map.of("ssn", e.getMessage()));
        }
        if (e instanceof InvalidInputException invalid) {
            return Problems.response(400, "Bad Request", "Some fields are not valid.", invalid.getFieldErrors());
        }
        if (e instanceof ConstraintViolationException violations) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations
                    .getConstraintViolations()
                    .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
            return Problems.response(400, "Bad Request", "Some fields are not valid.", errors);
        }
        InvalidParameterException parameter = find(e, InvalidParameterException.class);
        if (parameter != null) {
            return Problems.response(400, "Bad Request", "Some parameters are not valid.", parameter.errors());
        }
        if (e instanceof JsonbException
                || e instanceof ProcessingException
                || find(e, jakarta.json.JsonException.class) != null) {
            return Problems.response(400, "Bad Request", JsonBodyErrors.detail(e));
        }
        if (e instanceof AccessDeniedException || CallerRefusal.is(e)) {
            String detail = e instanceof AccessDeniedException ? e.getMessage() : "Your role may not do this.";
            LOG.info(() -> "Refused with 403: "
                    + (request == null
                            ? ""
                            : request.getRemoteUser() + " " + request.getMethod() + " " + request.getRequestURI()
                                    + ": ")
                    + detail);
            return Problems.response(403, "Forbidden", detail);
        }
        if (e instanceof org.waypoint.service.common.NotFoundException || e instanceof NotFoundException) {
            return Problems.response(
                    404, "Not Found", e instanceof NotFoundException ? "No such resource." : e.getMessage());
        }
        RuntimeException stored = StoreFailures.translate(e);
        if (stored instanceof InvalidInputException invalid) {
            return Problems.response(400, "Bad Request", "Some fields are not valid.", invalid.getFieldErrors());
        }
        if (stored instanceof DuplicateRecordException) {
            return Problems.response(409, "Conflict", stored.getMessage());
        }
        if (stored != null) {
            e = stored;
        }
        if (e instanceof ConcurrentChangeException || e instanceof OptimisticLockException) {
            String detail = e instanceof ConcurrentChangeException
                    ? e.getMessage()
                    : "Someone else changed this record after you loaded it. Load it again and reapply your change.";
            return Problems.response(409, "Conflict", detail);
        }
        if (e instanceof NotAllowedException) {
            return Problems.response(405, "Method Not Allowed", null);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problems.response(status, web.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", LogRedaction.redact(exception));
        return Problems.response(
                500, "Internal Server Error", "Something went wrong on the server; it has been logged.");
    }

    /** A failure the JAX-RS implementation wraps in its own exception (a parameter, a body that is not JSON). */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    /** "register.input.firstName" (a method parameter path) becomes "firstName". */
    private static String field(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = ServiceFailure.cause(e);
        if (current instanceof jakarta.persistence.PersistenceException
                && current.getCause() instanceof OptimisticLockException ole) {
            return ole;
        }
        return current;
    }
}

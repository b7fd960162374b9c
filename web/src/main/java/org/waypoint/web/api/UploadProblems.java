package org.waypoint.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.common.upload.UploadTooLargeException;
import org.waypoint.service.lmi.SmallerVintageException;
import org.waypoint.web.common.JsonBuilders;

/**
 * The answers of uploads and imports that are not a plain 400: a file over its limit is 413
 * (Content Too Large) naming the limit, whether a service measured it or the server stopped reading
 * a body over its own limit; an LMI file much smaller than the data in use is 409 with both row
 * counts, so that the client can confirm it with {@code confirm=true}.
 */
final class UploadProblems {

    private static final String TOO_LARGE = "Content Too Large";

    private UploadProblems() {}

    /** The answer for {@code e}, or null when it is not an upload's problem. */
    static Response toResponse(Throwable e) {
        if (e instanceof UploadTooLargeException tooLarge) {
            return tooLarge(tooLarge.limit().message());
        }
        if (e instanceof SmallerVintageException smaller) {
            var body = JsonBuilders.object(Problems.json(409, "Conflict", smaller.getMessage(), null))
                    .add("rows", smaller.newRows())
                    .add("currentRows", smaller.currentRows())
                    .add("currentVintage", smaller.currentVintage())
                    .add("confirmWith", "confirm=true");
            return Response.status(409)
                    .type(Problems.MEDIA_TYPE)
                    .entity(body.build().toString())
                    .build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Undertow's io.undertow.server.RequestTooBigException: a body without a Content-Length
            // that ran past max-post-size while it was read (a declared length is checked earlier,
            // by UploadLimitFilter).
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                return tooLarge(UploadLimit.serverLimitMessage());
            }
        }
        return null;
    }

    static Response tooLarge(String detail) {
        return Problems.response(413, TOO_LARGE, detail, Map.of("file", detail));
    }
}

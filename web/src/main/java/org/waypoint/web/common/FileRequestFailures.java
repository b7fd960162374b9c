package org.waypoint.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;

/**
 * The file downloads (a plan's PDF and documents, the LMI report, the report exports, the PIRL
 * file, a compliance review's PDF) answer a refusal as its status: a missing record 404, another LWDA's record or a role that
 * may not 403, a bad parameter 400 with its message, each through the error page, never a 500 and
 * never a stack trace in the log (a servlet's uncaught exception is logged whole by the server, so
 * any user could fill the log by asking for files that are not theirs).
 */
@WebFilter({
    "/plans/plan.pdf",
    "/plans/document",
    "/lmi/report.pdf",
    "/reports/export",
    "/reports/pirl.csv",
    "/monitoring/review.pdf"
})
public class FileRequestFailures extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException e) {
            Throwable cause = ServiceFailure.cause(e);
            if (cause instanceof NotFoundException) {
                response.sendError(404, cause.getMessage());
            } else if (cause instanceof AccessDeniedException || CallerRefusal.is(cause)) {
                response.sendError(403, cause.getMessage());
            } else if (cause instanceof InvalidInputException) {
                response.sendError(400, cause.getMessage());
            } else {
                throw e;
            }
        }
    }
}

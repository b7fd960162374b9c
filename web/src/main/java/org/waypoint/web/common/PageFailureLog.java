package org.waypoint.web.common;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.persistence.common.LogRedaction;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.NotFoundException;

/**
 * The one log entry of a request that failed outside the REST API (a page, a file download). Undertow
 * would log the exception itself, message and all ("UT005023", silenced for that reason in the
 * server's configuration), and a database's refusal quotes the row it refused: here the failure is
 * logged through {@link LogRedaction}, and an expected refusal (an expired view, a record that is not
 * there or not the user's) in one line without a stack trace. The exception then goes on to the
 * error pages as before.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PageFailureLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageFailureLog.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            log(request, e);
            throw e;
        } catch (IOException e) {
            LOG.log(Level.FINE, () -> "I/O failure on " + where(request) + ": " + LogRedaction.summary(e));
            throw e;
        }
    }

    static void log(HttpServletRequest request, Throwable failure) {
        if (expected(failure)) {
            LOG.info(() -> "Refused " + where(request) + ": " + LogRedaction.root(failure));
        } else {
            LOG.log(Level.SEVERE, "Unexpected error on " + where(request), LogRedaction.redact(failure));
        }
    }

    private static boolean expected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException
                    || t instanceof NotFoundException
                    || t instanceof AccessDeniedException
                    || CallerRefusal.is(t)) {
                return true;
            }
        }
        return false;
    }

    private static String where(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return (user == null ? "" : user + " ") + request.getMethod() + " " + request.getRequestURI();
    }
}

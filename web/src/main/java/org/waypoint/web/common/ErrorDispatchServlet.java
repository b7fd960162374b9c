package org.waypoint.web.common;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.web.api.Problems;

/**
 * The one error page of the web application (web.xml maps every status and exception here). A
 * request to the REST API gets problem+json with the same status; a page request gets the error
 * page in plain words. Neither ever shows a stack trace.
 */
@WebServlet("/error/dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 500;
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));

        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Problems.json(status, title(status), detail(status), null)
                            .toString());
            return;
        }
        String page =
                switch (status) {
                    case 400 -> "400";
                    case 401, 403 -> "denied";
                    case 404 -> "404";
                    default -> "500";
                };
        if (has(exception, ViewExpiredException.class)) {
            page = "expired";
        } else if (has(exception, org.waypoint.service.common.NotFoundException.class)) {
            page = "404";
            status = 404;
        } else if (has(exception, AccessDeniedException.class) || refused(exception)) {
            page = "denied";
            status = 403;
        }
        response.setStatus(status);
        request.getRequestDispatcher("/error/" + page + ".xhtml").forward(request, response);
    }

    private static boolean refused(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (CallerRefusal.is(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Internal Server Error";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 ->
                "Sign in with HTTP Basic authentication: a valid user name and password of an active, unlocked account.";
            case 403 -> "Your role may not do this.";
            case 404 -> "No such resource.";
            case 500 -> "Something went wrong on the server; it has been logged.";
            default -> null;
        };
    }
}

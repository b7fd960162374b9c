package org.waypoint.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.web.api.Problems;

/**
 * Refuses a request whose declared Content-Length is over the limit of its upload before a byte of
 * the body is read: 413 problem+json naming the limit. Without it, a body over the server's
 * max-post-size failed inside the JAX-RS reader with an unhelpful answer, and an LMI file over its
 * 50 MB limit was read whole into memory only to be refused. The services check the size of what
 * they received too (a chunked body has no Content-Length).
 */
@WebFilter(urlPatterns = "/*")
public class UploadLimitFilter extends HttpFilter {

    private static final Map<Pattern, UploadLimit> API_UPLOADS = Map.of(
            Pattern.compile("/api/v1/lmi/imports/?"), UploadLimit.LMI_IMPORT,
            Pattern.compile("/api/v1/plans/[^/]+/documents/?"), UploadLimit.PLAN_COPY,
            Pattern.compile("/api/v1/reference/in-demand-occupations/import/?"), UploadLimit.IN_DEMAND_LIST,
            Pattern.compile("/api/v1/wage-records/imports/?"), UploadLimit.WAGE_IMPORT);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > 0) {
            String detail = refusal(
                    request.getRequestURI().substring(request.getContextPath().length()), length);
            if (detail != null) {
                byte[] body = Problems.json(413, "Content Too Large", detail, Map.of("file", detail))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                // filters declared by annotation run in no set order: this answer carries the headers itself
                SecurityHeadersFilter.apply(request, response);
                response.setStatus(413);
                response.setContentType(Problems.MEDIA_TYPE);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The message for a body of {@code length} bytes to {@code path}, or null when it is within limits. */
    static String refusal(String path, long length) {
        for (Map.Entry<Pattern, UploadLimit> upload : API_UPLOADS.entrySet()) {
            if (upload.getKey().matcher(path).matches()) {
                return length > upload.getValue().bytes() ? upload.getValue().message() : null;
            }
        }
        return length > UploadLimit.serverLimit() ? UploadLimit.serverLimitMessage() : null;
    }
}

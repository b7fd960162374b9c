package org.waypoint.web.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Response headers that keep participants' information where it belongs: pages are never cached
 * by the browser or a proxy, never framed by another site, and HTTPS is remembered once used. On
 * the error dispatch too, so that a 401 or 403 answered before any page (by the authentication
 * mechanism or a security constraint) carries them as well.
 *
 * <p>Every answer carries a Content-Security-Policy (issue 18). The pages' policy belongs to
 * PrimeFaces, which writes it during the Faces render with the view's script nonce (web.xml,
 * {@code primefaces.CSP_POLICY}); the header cannot be set after the chain, since by then the
 * answer is usually committed. So the filter sets {@link #NO_CONTENT_POLICY} first, for the API,
 * files, static resources and error answers that never reach Faces, and the response it passes on
 * lets a later Content-Security-Policy replace that one instead of adding a second (browsers
 * enforce every policy they get, and this one would block the page's own scripts and styles).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * For answers that are not pages (JSON, CSV, images, style sheets, scripts): they load
     * nothing, run nothing and are framed only by Waypoint's own pages (as X-Frame-Options says).
     * Should a stored value ever make a browser render one as HTML, nothing in it can run.
     */
    static final String NO_CONTENT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /**
     * For PDFs, which staff open in a browser tab: Chromium shows a PDF in a page of its own making
     * that is subject to the PDF's policy, with inline styles and its viewer in an embed
     * (crbug.com/271452), so those two are allowed; still nothing can run.
     */
    static final String PDF_POLICY = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean cached = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        HeadersResponse headers = new HeadersResponse(response, !cached, request.isSecure());
        headers.apply();
        chain.doFilter(request, headers);
    }

    /**
     * The headers on an answer made before any filter runs: the sign-in mechanism's redirect of a
     * request for a page to the login page.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        new HeadersResponse(response, true, request.isSecure()).apply();
    }

    /**
     * The response with the security headers, set again after a reset (a Faces error handler
     * resets before writing its answer), and whose Content-Security-Policy is replaced, not added
     * to, by what the page's renderer sets, or by the PDF policy when the answer turns out a PDF.
     */
    private static final class HeadersResponse extends HttpServletResponseWrapper {

        private final boolean noStore;
        private final boolean secure;

        HeadersResponse(HttpServletResponse response, boolean noStore, boolean secure) {
            super(response);
            this.noStore = noStore;
            this.secure = secure;
        }

        void apply() {
            setHeader("X-Content-Type-Options", "nosniff");
            setHeader("X-Frame-Options", "SAMEORIGIN");
            setHeader("Referrer-Policy", "same-origin");
            setHeader(CONTENT_SECURITY_POLICY, NO_CONTENT_POLICY);
            if (noStore) {
                setHeader("Cache-Control", "no-store");
            }
            if (secure) {
                setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
                contentType(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            contentType(name, value);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            contentType("Content-Type", type);
        }

        private void contentType(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)
                    && value != null
                    && value.regionMatches(true, 0, "application/pdf", 0, 15)
                    && NO_CONTENT_POLICY.equals(getHeader(CONTENT_SECURITY_POLICY))) {
                super.setHeader(CONTENT_SECURITY_POLICY, PDF_POLICY);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}

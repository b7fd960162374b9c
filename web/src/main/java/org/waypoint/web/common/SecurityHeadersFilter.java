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
 *
 * <p>Static resources are cached (issue 19, page speed): PrimeFaces' own scripts and styles carry
 * its version in the address ({@code ln=primefaces&v=15.0.13}), so an upgrade changes the address
 * and they can be kept for a year without asking again ({@link #VERSIONED}); Waypoint's own style
 * sheet, script and theme keep their address across releases, so a browser keeps them for ten
 * minutes and then revalidates ({@link #UNVERSIONED}). Pages, files and API answers are never
 * stored. Compression is the server's (configure-server.cli, Undertow's gzip filter).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    static final String CACHE_CONTROL = "Cache-Control";

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

    /** A resource whose address changes with its content: PrimeFaces' own, versioned. */
    static final String VERSIONED = "public, max-age=31536000, immutable";

    /** A static resource whose address stays the same when a release changes it. */
    static final String UNVERSIONED = "public, max-age=600";

    /** Pages and everything else: participants' information stays out of every cache. */
    static final String NO_STORE = "no-store";

    /**
     * Besides Waypoint itself, where a form may lead: the identity provider's origin when single
     * sign-on is on, since signing out (a form) ends with a redirect to the provider's sign-out,
     * and a page's form-action governs every redirect its form submission follows. Set once, at
     * start ({@link #allowFormsToLeadTo}).
     */
    private static volatile String formTargets = "";

    public static void allowFormsToLeadTo(String origin) {
        formTargets = " " + origin;
    }

    /** A page's policy (PrimeFaces' primefaces.CSP_POLICY) with the other origins its forms may lead to. */
    static String withFormTargets(String policy) {
        return formTargets.isEmpty()
                ? policy
                : policy.replace("form-action 'self'", "form-action 'self'" + formTargets);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HeadersResponse headers = new HeadersResponse(response, cacheControl(request), request.isSecure());
        headers.apply();
        chain.doFilter(request, headers);
    }

    static String cacheControl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            if (request.getParameter("pfdrid") != null) {
                return NO_STORE; // PrimeFaces' dynamic content (a download, a streamed image): case data
            }
            boolean versioned = "primefaces".equals(request.getParameter("ln")) && request.getParameter("v") != null;
            return versioned ? VERSIONED : UNVERSIONED;
        }
        return path.startsWith("/resources/") ? UNVERSIONED : NO_STORE;
    }

    /**
     * The headers on an answer made before any filter runs: the sign-in mechanism's redirect of a
     * request for a page to the login page.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        new HeadersResponse(response, NO_STORE, request.isSecure()).apply();
    }

    /**
     * The response with the security headers, set again after a reset (a Faces error handler
     * resets before writing its answer), and whose Content-Security-Policy is replaced, not added
     * to, by what the page's renderer sets, or by the PDF policy when the answer turns out a PDF.
     */
    private static final class HeadersResponse extends HttpServletResponseWrapper {

        private final String cacheControl;
        private final boolean secure;

        HeadersResponse(HttpServletResponse response, String cacheControl, boolean secure) {
            super(response);
            this.cacheControl = cacheControl;
            this.secure = secure;
        }

        void apply() {
            setHeader("X-Content-Type-Options", "nosniff");
            setHeader("X-Frame-Options", "SAMEORIGIN");
            setHeader("Referrer-Policy", "same-origin");
            setHeader(CONTENT_SECURITY_POLICY, NO_CONTENT_POLICY);
            super.setHeader(CACHE_CONTROL, cacheControl);
            if (secure) {
                setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }

        /**
         * The resource handlers (Mojarra's, PrimeFaces') set their own week-long Cache-Control on
         * every resource; a static resource keeps the filter's.
         */
        private boolean keepsOwnCacheControl(String name) {
            return CACHE_CONTROL.equalsIgnoreCase(name) && !NO_STORE.equals(cacheControl);
        }

        @Override
        public void addHeader(String name, String value) {
            if (keepsOwnCacheControl(name)) {
                return;
            }
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, withFormTargets(value));
            } else {
                super.addHeader(name, value);
                contentType(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (keepsOwnCacheControl(name)) {
                return;
            }
            super.setHeader(name, CONTENT_SECURITY_POLICY.equalsIgnoreCase(name) ? withFormTargets(value) : value);
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

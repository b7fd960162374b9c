package org.waypoint.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.monitoring.FindingService;
import org.waypoint.web.common.ContentDisposition;

/**
 * /monitoring/review.pdf?id=: the PDF of a compliance review (sample, checklist results, findings,
 * responses) for the monitor, the state admin and the reviewed LWDA's admin. A refusal (no such
 * review, another LWDA's) is answered by {@link org.waypoint.web.common.FileRequestFailures}.
 */
@WebServlet("/monitoring/review.pdf")
public class ReviewPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FindingService findings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(400, "Give the review's id.");
            return;
        }
        byte[] pdf = findings.pdf(Long.parseLong(id)); // refusals: FileRequestFailures
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.inline("compliance-review-" + id + ".pdf"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}

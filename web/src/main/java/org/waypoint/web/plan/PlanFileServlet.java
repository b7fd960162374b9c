package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.plan.PlanFile;
import org.waypoint.service.plan.PlanFileService;
import org.waypoint.web.common.ContentDisposition;

/**
 * The documents of a plan's case file for the signed-in staff member who may read the plan:
 * /plans/plan.pdf?plan=1&version=2[&lang=es] is a version as PDF (the signed original, or a draft
 * printed as it stands; in the participant's preferred language, or in {@code lang}: en or es, any
 * other value a 400); /plans/document?plan=1&document=3 a copy filed with the plan (another program's
 * strategy an ISS reuses). Failures (unknown plan, another LWDA's plan) go to the error pages.
 */
@WebServlet({"/plans/plan.pdf", "/plans/document"})
public class PlanFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanFileService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean version = "/plans/plan.pdf".equals(request.getServletPath());
        String plan = request.getParameter("plan");
        String which = request.getParameter(version ? "version" : "document");
        if (plan == null
                || !plan.matches("\\d{1,18}")
                || which == null
                || !which.matches(version ? "\\d{1,6}" : "\\d{1,18}")) {
            response.sendError(400, version ? "Give plan and version." : "Give plan and document.");
            return;
        }
        PlanFile file = version
                ? files.pdf(
                        Long.parseLong(plan),
                        Integer.parseInt(which),
                        DocumentLanguage.fromParameter(request.getParameter("lang")))
                : files.document(Long.parseLong(plan), Long.parseLong(which));
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.inline(file.fileName()));
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.plan.PlanFile;
import org.waypoint.service.plan.PlanService;

/**
 * /plans/plan.pdf?plan=1&version=2: a version of a plan as PDF for the signed-in staff member: the
 * signed original from the case file, or a draft printed as it stands. Failures (unknown plan,
 * another LWDA's plan) go to the error pages like any other request.
 */
@WebServlet("/plans/plan.pdf")
public class PlanPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String plan = request.getParameter("plan");
        String version = request.getParameter("version");
        if (plan == null || !plan.matches("\\d{1,18}") || version == null || !version.matches("\\d{1,6}")) {
            response.sendError(400, "Give plan and version.");
            return;
        }
        PlanFile file = plans.pdf(Long.parseLong(plan), Integer.parseInt(version));
        send(response, file);
    }

    /** Writes the file inline under its name, with its SHA-256 for whoever files a copy. */
    static void send(HttpServletResponse response, PlanFile file) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.plan.PlanService;

/**
 * /plans/document?plan=1&document=2: a document filed with a plan (the copy of another program's
 * strategy a youth ISS reuses), for the signed-in staff member who may read the plan.
 */
@WebServlet("/plans/document")
public class PlanDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String plan = request.getParameter("plan");
        String document = request.getParameter("document");
        if (plan == null || !plan.matches("\\d{1,18}") || document == null || !document.matches("\\d{1,18}")) {
            response.sendError(400, "Give plan and document.");
            return;
        }
        PlanPdfServlet.send(response, plans.document(Long.parseLong(plan), Long.parseLong(document)));
    }
}

package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.web.common.ContentDisposition;

/**
 * /lmi/report.pdf?soc=31-9091&area=KY-bluegrass[&participant=1][&compare=29-2021,...][&lang=es]: the
 * printable LMI report of the profile page, for the signed-in staff member. Failures (unknown code,
 * another LWDA's participant) go to the error pages like any other request.
 */
@WebServlet("/lmi/report.pdf")
public class LmiReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private LmiService lmi;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String soc = request.getParameter("soc");
        String area = request.getParameter("area");
        if (soc == null || area == null) {
            response.sendError(400, "Give soc and area.");
            return;
        }
        String participant = request.getParameter("participant");
        Long participantId =
                participant == null || !participant.matches("\\d{1,18}") ? null : Long.valueOf(participant);
        String compare = request.getParameter("compare");
        List<String> others = compare == null ? List.of() : Arrays.asList(compare.split(","));
        byte[] pdf = lmi.report(
                soc, area, participantId, others, DocumentLanguage.fromParameter(request.getParameter("lang")));
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", ContentDisposition.inline("lmi-" + soc.replaceAll("[^0-9-]", "") + ".pdf"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}

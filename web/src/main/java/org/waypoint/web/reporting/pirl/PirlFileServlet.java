package org.waypoint.web.reporting.pirl;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waypoint.service.reporting.pirl.PirlRunService;
import org.waypoint.web.common.ContentDisposition;

/**
 * /reports/pirl.csv?run=12: a completed run's PIRL file for the signed-in state admin, as the page
 * links it (the service refuses other roles and runs without a file; failures go to the error pages).
 */
@WebServlet("/reports/pirl.csv")
public class PirlFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PirlRunService runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String run = request.getParameter("run");
        if (run == null || !run.matches("\\d{1,18}")) {
            response.sendError(400, "Give run.");
            return;
        }
        Path file = runs.file(Long.parseLong(run));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment(file.getFileName().toString()));
        response.setHeader("X-Content-SHA256", runs.run(Long.parseLong(run)).sha256());
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}

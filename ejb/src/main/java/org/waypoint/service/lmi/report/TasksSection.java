package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.OnetOccupationDetails;
import org.waypoint.service.lmi.imports.OnetTask;

/**
 * What a day on the job is made of: O*NET's task statements, core tasks (critical to the occupation)
 * first, at most {@value OnetOccupationDetails#MAIN_TASKS} for the occupation and
 * {@value #MAX_SPECIALTY_TASKS} for each specialty, with how many more O*NET lists.
 */
final class TasksSection implements ReportSection {

    static final int MAX_SPECIALTY_TASKS = 5;

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        List<OnetOccupationDetails> onet = profile.onet();
        if (onet.isEmpty() || onet.stream().allMatch(d -> d.tasks().isEmpty())) {
            return;
        }
        document.heading("report.heading.tasks");
        boolean several = onet.size() > 1;
        for (OnetOccupationDetails details : onet) {
            if (details.tasks().isEmpty()) {
                continue;
            }
            if (several) {
                ToolsSection.subheading(document, details);
            }
            int max = details.specialty() ? MAX_SPECIALTY_TASKS : OnetOccupationDetails.MAIN_TASKS;
            List<OnetTask> tasks =
                    details.tasks().subList(0, Math.min(max, details.tasks().size()));
            PdfPTable table = document.table(new float[] {8, 2}, 2, "report.task", "report.taskType");
            for (OnetTask task : tasks) {
                table.addCell(ReportStyle.textCell(task.task()));
                table.addCell(ReportStyle.textCell(type(document, task)));
            }
            document.add(table);
            document.note(document.word(
                    "report.tasksNote", tasks.size(), details.tasks().size()));
        }
    }

    static String type(ReportDocument document, OnetTask task) {
        if (task.core()) {
            return document.word("report.task.core");
        }
        return "Supplemental".equalsIgnoreCase(task.taskType())
                ? document.word("report.task.supplemental")
                : document.word("report.task.unrated");
    }
}

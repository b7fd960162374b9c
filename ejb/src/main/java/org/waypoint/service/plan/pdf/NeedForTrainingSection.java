package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanText;
import org.waypoint.service.plan.ServiceType;

/**
 * The need for training: the three findings of 20 CFR 680.210(a) and Kentucky's lacking marketable
 * credential, each answered with its documentation, which is what a monitor checks before training
 * funds are spent. Without scheduled training the findings are not required, and the section says so.
 */
final class NeedForTrainingSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("Need for training");
        NeedForTraining need = plan.content().needForTraining();
        if (need == null) {
            document.text(null);
        } else {
            PdfPTable table = PlanPdfDocument.table(new float[] {4, 1, 5}, "Finding", "Yes/No", "Documentation");
            row(
                    table,
                    "Lacks the marketable credential needed for self-sufficient employment in the local area",
                    need.lacksMarketableCredential(),
                    need.credentialDocumentation());
            row(
                    table,
                    "Unlikely to obtain or retain self-sufficient employment through career services alone",
                    need.unlikelyWithoutTraining(),
                    need.unlikelyDocumentation());
            row(
                    table,
                    "In need of training to obtain or retain such employment",
                    need.needsTraining(),
                    need.needsDocumentation());
            row(
                    table,
                    "Has the skills and qualifications to participate successfully in training",
                    need.hasSkillsToSucceed(),
                    need.skillsDocumentation());
            document.add(table);
        }
        if (!trainingScheduled(plan.content())) {
            document.note("No training service is scheduled, so these findings are not required.");
        }
    }

    static boolean trainingScheduled(PlanContent content) {
        return content.services().stream().anyMatch(s -> s.type() == ServiceType.TRAINING);
    }

    private static void row(PdfPTable table, String finding, Boolean answer, String documentation) {
        table.addCell(PlanPdfDocument.cell(finding));
        table.addCell(PlanPdfDocument.cell(PlanText.yesNo(answer)));
        table.addCell(PlanPdfDocument.cell(documentation));
    }
}

package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.ServiceType;

/**
 * The need for training: the three findings of 20 CFR 680.210(a) and Kentucky's lacking marketable
 * credential, each answered with its documentation, which is what a monitor checks before training
 * funds are spent. Without scheduled training the findings are not required, and the section says so.
 */
final class NeedForTrainingSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("heading.needForTraining");
        NeedForTraining need = plan.content().needForTraining();
        if (need == null) {
            document.text(null);
        } else {
            PdfPTable table = document.table(new float[] {4, 1, 5}, "need.finding", "need.yesNo", "need.documentation");
            row(
                    document,
                    table,
                    "need.lacksCredential",
                    need.lacksMarketableCredential(),
                    need.credentialDocumentation());
            row(document, table, "need.unlikely", need.unlikelyWithoutTraining(), need.unlikelyDocumentation());
            row(document, table, "need.needsTraining", need.needsTraining(), need.needsDocumentation());
            row(document, table, "need.hasSkills", need.hasSkillsToSucceed(), need.skillsDocumentation());
            document.add(table);
        }
        if (!trainingScheduled(plan.content())) {
            document.note(document.word("need.notRequired"));
        }
    }

    static boolean trainingScheduled(PlanContent content) {
        return content.services().stream().anyMatch(s -> s.type() == ServiceType.TRAINING);
    }

    private static void row(
            PlanPdfDocument document, PdfPTable table, String findingKey, Boolean answer, String documentation) {
        table.addCell(document.cell(document.word(findingKey)));
        table.addCell(document.cell(document.words().yesNo(answer)));
        table.addCell(document.cell(documentation));
    }
}

package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanText;

/**
 * Georgia I.C: every activity and service planned, in the flow they follow, WIOA-funded or not, with
 * the planned dates and cost. Only what was planned: the printed plan is the version's document, and
 * delivery (the service records) never changes what a signed version printed (issue 14).
 */
final class ScheduleSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("heading.schedule");
        if (plan.content().services().isEmpty()) {
            document.text(null);
            return;
        }
        PdfPTable table = document.table(
                // in points: the dates ("to 05/28/2027") and a cost ("$12,000.00") fit on a line
                new float[] {76, 110, 96, 70, 84, 68},
                "schedule.type",
                "schedule.description",
                "schedule.provider",
                "schedule.funding",
                "schedule.planned",
                "schedule.plannedCost");
        for (PlannedService service : plan.content().services()) {
            table.addCell(document.smallCell(PlanPdfText.serviceType(document.words(), service.type())));
            // for a youth ISS, the program element the service is planned under (20 CFR 681.460)
            table.addCell(document.smallCell(description(document, service)));
            table.addCell(document.smallCell(service.provider()));
            table.addCell(document.smallCell(PlanText.funding(service)));
            table.addCell(document.smallCell(
                    PlanPdfText.period(document.words(), service.plannedStart(), service.plannedEnd())));
            table.addCell(document.smallCell(PlanText.money(service.plannedCost())));
        }
        document.add(table);
    }

    /**
     * The description; for a youth ISS the program element it is planned under (20 CFR 681.460);
     * and its justification (Georgia 3.3.1: the justification of the required services).
     */
    private static String description(PlanPdfDocument document, PlannedService service) {
        String text = service.programElement() == null
                ? service.description()
                : service.description() + " "
                        + document.word(
                                "schedule.youthElement",
                                PlanPdfText.programElement(document.words(), service.programElement()));
        return service.justification() == null || service.justification().isBlank()
                ? text
                : text + "\n" + document.word("why", service.justification());
    }
}

package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanText;

/**
 * The reviews of the plan in force (Kentucky: at least every 90 days): progress on the achievement
 * objectives and the changes made. A plan not yet reviewed prints no such section.
 */
final class ReviewsSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        if (plan.reviews().isEmpty()) {
            return;
        }
        document.heading("heading.reviews");
        PdfPTable table = document.table(
                new float[] {1.3f, 1.6f, 3.6f, 3.6f},
                "reviews.date",
                "reviews.reviewer",
                "reviews.progress",
                "reviews.changes");
        for (PlanPdf.Review review : plan.reviews()) {
            table.addCell(document.cell(PlanText.date(review.reviewedOn())));
            table.addCell(document.cell(review.reviewer()));
            table.addCell(document.cell(review.progress()));
            table.addCell(document.cell(
                    PlanPdfDocument.present(review.changes()) ? review.changes() : document.word("reviews.none")));
        }
        document.add(table);
    }
}

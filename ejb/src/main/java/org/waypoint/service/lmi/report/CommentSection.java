package org.waypoint.service.lmi.report;

/** The labour-market summary staff copy into the plan's LMI section, printed so both keep it. */
final class CommentSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        String comment = report.profile().lmiComment();
        if (comment == null || comment.isBlank()) {
            return;
        }
        document.heading("Summary for the employment plan");
        document.paragraph(comment.strip());
    }
}

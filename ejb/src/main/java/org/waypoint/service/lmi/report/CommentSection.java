package org.waypoint.service.lmi.report;

import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.LmiComment;

/**
 * The labour-market summary staff copy into the plan's LMI section, printed so both keep it; in
 * Spanish, the same figures in the template's Spanish wording.
 */
final class CommentSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        String comment = report.profile().lmiComment();
        if (comment == null || comment.isBlank()) {
            return;
        }
        document.heading("report.heading.comment");
        document.paragraph(
                report.words().language() == DocumentLanguage.ENGLISH
                        ? comment.strip()
                        : LmiComment.comment(
                                report.profile().title(),
                                report.profile().area(),
                                report.profile().projection(),
                                report.profile().wages(),
                                report.words()));
    }
}

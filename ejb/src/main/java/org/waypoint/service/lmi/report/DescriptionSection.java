package org.waypoint.service.lmi.report;

/** What the work is, in O*NET's words (attributed under Sources). */
final class DescriptionSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        String description = report.profile().description();
        document.heading("report.heading.description");
        document.paragraph(
                description == null || description.isBlank()
                        ? document.word("report.noDescription")
                        : description.strip());
    }
}

package org.waypoint.service.lmi.report;

/**
 * One part of the report (wages, projections, sources...), so that the writer reads as the
 * report's table of contents and each part can be read, and changed, on its own.
 */
interface ReportSection {

    /** Adds this part, or nothing at all when the report has nothing for it. */
    void addTo(ReportDocument document, LmiReport report);
}

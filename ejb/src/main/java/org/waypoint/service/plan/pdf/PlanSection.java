package org.waypoint.service.plan.pdf;

/**
 * One section of the printed plan, so that {@link PlanPdfWriter} reads as the plan's table of
 * contents and each section can be read, and changed, on its own.
 */
interface PlanSection {

    /** Adds the section: its heading, and its content or "Not recorded" (only the reviews may be absent). */
    void addTo(PlanPdfDocument document, PlanPdf plan);
}

/**
 * The signed plan as a PDF: an IEP or ISS version laid out like the official plan in the case file,
 * every element in the plan's order (empty ones as "Not recorded"), the LMI section's saved figures
 * with their sources, the reviews and the signatures, drawn or typed.
 *
 * <p>Plain Java with no container, tested by reading the PDF back. {@link
 * org.waypoint.service.plan.pdf.PlanPdfWriter} lays the document out with OpenPDF, one {@link
 * org.waypoint.service.plan.pdf.PlanSection} after another, with the LMI report's headings, fonts
 * and page footer ({@code org.waypoint.service.lmi.report}); values read as in the version history
 * ({@link org.waypoint.service.plan.PlanText}).
 */
package org.waypoint.service.plan.pdf;

/**
 * The printable labour-market-information report: one occupation profile, with its charts, as a
 * Letter-size PDF a career seeker takes home and staff attach to the plan.
 *
 * <p>Plain Java with no container, so that it is tested by reading the PDF back. {@link
 * org.waypoint.service.lmi.report.LmiReportWriter} lays the document out with OpenPDF, one {@link
 * org.waypoint.service.lmi.report.ReportSection} after another; {@link
 * org.waypoint.service.lmi.report.LmiCharts} builds the JFreeChart charts, which {@link
 * org.waypoint.service.lmi.report.ReportDocument} draws as vector graphics (the text in them stays
 * text, sharp at any zoom and found by search). Everything works headless, as WildFly runs.
 *
 * <p>A figure the publisher did not publish prints "Not published", never 0 or a blank: a career
 * seeker reads a blank as "nothing" and a 0 as "no pay".
 */
package org.waypoint.service.lmi.report;

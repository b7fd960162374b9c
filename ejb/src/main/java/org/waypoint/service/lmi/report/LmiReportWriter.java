package org.waypoint.service.lmi.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * Writes the printable LMI report: one occupation in one area as a Letter-size PDF, for the career
 * seeker to take home and for the plan's file. The sections follow the order staff review a
 * profile in (what the work is, pay, outlook, entry, demand, alternatives), then the summary for
 * the plan and the sources.
 *
 * <p>Plain Java and stateless: a service can hold one or make one per report. It needs no display
 * ({@code java.awt.headless=true} is fine), but java.awt needs fontconfig and a font on the server
 * to measure the charts' text.
 */
public class LmiReportWriter {

    /** 0.75 inch. */
    private static final float MARGIN = 54;

    /** Room under the text for the page footer. */
    private static final float BOTTOM_MARGIN = 66;

    private static final List<ReportSection> SECTIONS = List.of(
            new TitleBlock(),
            new DescriptionSection(),
            new WageSection(),
            new ProjectionSection(),
            new EducationSection(),
            new ToolsSection(),
            new TasksSection(),
            new DemandSection(),
            new RelatedOccupationsSection(),
            new AreaChartsSection(),
            new SideBySideSection(),
            new CommentSection(),
            new SourcesSection());

    /** The PDF's bytes. */
    public byte[] write(LmiReport report) {
        OccupationProfile profile = report.profile();
        String about = profile.title() + " (SOC " + profile.soc() + "), "
                + profile.area().name();
        DocumentText words = report.words();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        // Charts stay where the sections put them instead of jumping ahead of text at a page break.
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageNumberFooter(about, words.get("page")));
        document.addTitle(words.get("report.documentTitle", about));
        document.setDocumentLanguage(words.language().code());
        document.addAuthor(report.preparedBy());
        document.addCreator("Waypoint");
        document.open();
        try {
            ReportDocument pages = new ReportDocument(document, writer, words);
            for (ReportSection section : SECTIONS) {
                section.addTo(pages, report);
            }
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }
}

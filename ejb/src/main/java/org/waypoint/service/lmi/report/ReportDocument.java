package org.waypoint.service.lmi.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.waypoint.service.common.pdf.PdfCharts;
import org.waypoint.service.documents.DocumentText;

/**
 * The PDF being written, as the sections need it: headings that are not left alone at the foot of
 * a page, paragraphs in the report's fonts, and charts drawn as vector graphics.
 *
 * <p>A chart is drawn as vectors by {@link PdfCharts}.
 */
final class ReportDocument {

    /** Room a heading needs below it for at least a few lines of what it heads. */
    private static final float ROOM_UNDER_HEADING = 90;

    /** The heading's own height with its spacing, and the spacing before a chart. */
    private static final float HEADING_HEIGHT = 50;

    private final Document document;
    private final PdfWriter writer;
    private final DocumentText words;

    ReportDocument(Document document, PdfWriter writer, DocumentText words) {
        this.document = document;
        this.writer = writer;
        this.words = words;
    }

    /** The text of {@code key} in the report's language. */
    DocumentText words() {
        return words;
    }

    String word(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** A figure as {@link ReportFormat} wrote it, with "Not published" in the report's language. */
    String figure(String value) {
        return ReportFormat.NOT_PUBLISHED.equals(value) ? words.get("notPublished") : value;
    }

    /** A table whose headers are keys of the documents bundle (see {@link ReportStyle#table}). */
    PdfPTable table(float[] widths, int textColumns, String... headerKeys) {
        String[] headers = new String[headerKeys.length];
        for (int i = 0; i < headerKeys.length; i++) {
            headers[i] = words.get(headerKeys[i]);
        }
        return ReportStyle.table(widths, textColumns, headers);
    }

    /** A heading, a key of the documents bundle. */
    void heading(String key) {
        heading(key, ROOM_UNDER_HEADING);
    }

    /** A heading that starts a new page unless {@code roomBelow} points are left under it. */
    void heading(String key, float roomBelow) {
        String text = words.get(key);
        if (writer.getVerticalPosition(true) - document.bottom() < HEADING_HEIGHT + roomBelow) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(text, ReportStyle.HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    void paragraph(String text) {
        add(new Paragraph(text, ReportStyle.BODY));
    }

    void note(String text) {
        add(new Paragraph(text, ReportStyle.NOTE));
    }

    void add(Element element) {
        document.add(element);
    }

    /** A heading and the charts under it, the heading on the page of the first chart. */
    void charts(String heading, List<LmiCharts.SizedChart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        heading(heading, Math.min(charts.get(0).height(), maxChartHeight()));
        charts.forEach(this::chart);
    }

    /** The chart across the text width at its height (scaled down to fit a page). */
    private void chart(LmiCharts.SizedChart sized) {
        PdfCharts.add(document, writer, sized.chart(), sized.height(), sized.description());
    }

    private float maxChartHeight() {
        return document.top() - document.bottom() - 40;
    }
}

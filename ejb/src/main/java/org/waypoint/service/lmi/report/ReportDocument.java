package org.waypoint.service.lmi.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The PDF being written, as the sections need it: headings that are not left alone at the foot of
 * a page, paragraphs in the report's fonts, and charts drawn as vector graphics.
 *
 * <p>A chart is drawn through OpenPDF's {@code Graphics2D} into a form XObject, which then flows
 * with the text like an image. Its text is PDF text in Helvetica (OpenPDF's default font mapper),
 * so it stays sharp at any zoom and can be searched and read aloud.
 */
final class ReportDocument {

    /** Room a heading needs below it for at least a few lines of what it heads. */
    private static final float ROOM_UNDER_HEADING = 90;

    /** The heading's own height with its spacing, and the spacing before a chart. */
    private static final float HEADING_HEIGHT = 50;

    private final Document document;
    private final PdfWriter writer;

    ReportDocument(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void heading(String text) {
        heading(text, ROOM_UNDER_HEADING);
    }

    /** A heading that starts a new page unless {@code roomBelow} points are left under it. */
    void heading(String text, float roomBelow) {
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
        JFreeChart chart = sized.chart();
        float height = sized.height();
        float width = width();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(sized.description());
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(10);
        image.setSpacingAfter(6);
        if (height > maxChartHeight()) {
            image.scaleToFit(width, maxChartHeight());
        }
        document.add(image);
    }

    private float maxChartHeight() {
        return document.top() - document.bottom() - 40;
    }

    /** The width between the margins. */
    private float width() {
        return document.right() - document.left();
    }
}

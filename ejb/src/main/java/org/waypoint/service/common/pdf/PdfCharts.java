package org.waypoint.service.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart chart in a PDF: drawn through OpenPDF's {@code Graphics2D} into a form XObject, which
 * then flows with the text like an image. Its text is PDF text in Helvetica (OpenPDF's default font
 * mapper), so it stays sharp at any zoom and can be searched and read aloud; {@code description} is
 * its alternative text.
 */
public final class PdfCharts {

    private PdfCharts() {}

    /** The chart across the text width at {@code height} points, scaled down to fit a page. */
    public static void add(Document document, PdfWriter writer, JFreeChart chart, float height, String description) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(description);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(10);
        image.setSpacingAfter(6);
        float maxHeight = document.top() - document.bottom() - 40;
        if (height > maxHeight) {
            image.scaleToFit(width, maxHeight);
        }
        document.add(image);
    }
}

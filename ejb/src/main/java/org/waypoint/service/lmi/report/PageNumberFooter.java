package org.waypoint.service.lmi.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page N" under every page, and what the report is about, so that loose printed pages can be put
 * back together. The signed plan's PDF uses it too.
 */
public final class PageNumberFooter extends PdfPageEventHelper {

    private final String about;
    private final String page;

    /** {@code page} is "Page {0}" in the document's language. */
    public PageNumberFooter(String about, String page) {
        this.about = about;
        this.page = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_LEFT,
                new Phrase(about, ReportStyle.NOTE),
                document.left(),
                y,
                0);
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_RIGHT,
                new Phrase(page.replace("{0}", String.valueOf(writer.getPageNumber())), ReportStyle.NOTE),
                document.right(),
                y,
                0);
    }
}

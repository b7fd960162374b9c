package org.waypoint.service.lmi.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import org.waypoint.service.common.pdf.ChartStyle;
import org.waypoint.service.common.pdf.PdfFonts;

/**
 * The report's few fonts, colours and table cells, so that the sections look alike without each
 * choosing sizes. DejaVu Sans, embedded by {@link PdfFonts}, so that a career seeker's name in any
 * Latin script prints as written. Shared with the signed plan's PDF, so that the documents in a case file look alike.
 */
public final class ReportStyle {

    /** The navy of Waypoint's header bar. */
    public static final Color NAVY = ChartStyle.NAVY;

    public static final Color GREY = ChartStyle.GREY;
    public static final Color RULE_GREY = ChartStyle.RULE_GREY;
    public static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);

    public static final Font TITLE = PdfFonts.bold(20, NAVY);
    public static final Font SUBTITLE = PdfFonts.regular(13, NAVY);
    public static final Font HEADING = PdfFonts.bold(13, NAVY);
    public static final Font BODY = PdfFonts.regular(10);
    public static final Font BODY_BOLD = PdfFonts.bold(10);
    public static final Font NOTE = PdfFonts.regular(8.5f, GREY);
    public static final Font NOTE_ITALIC = PdfFonts.italic(8.5f, GREY);

    private ReportStyle() {}

    /**
     * A full-width table with the given relative column widths and a header row repeated on every
     * page; the first {@code textColumns} columns hold text (aligned left), the others figures
     * (aligned right, so that the digits line up).
     */
    public static PdfPTable table(float[] widths, int textColumns, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        for (int column = 0; column < headers.length; column++) {
            PdfPCell cell =
                    cell(headers[column], BODY_BOLD, column < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    public static PdfPCell textCell(String text) {
        return cell(text, BODY, Element.ALIGN_LEFT);
    }

    public static PdfPCell figureCell(String text) {
        return cell(text, BODY, Element.ALIGN_RIGHT);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE_GREY);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        return cell;
    }
}

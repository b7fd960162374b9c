package org.waypoint.service.plan.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.common.pdf.PdfFonts;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.report.ReportStyle;

/**
 * The plan being written, as its sections need it: headings that are not left alone at the foot of
 * a page, labelled facts, tables, lists, and "Not recorded" for an element left empty. A monitor
 * reading the case file must see that an element was left empty, not wonder whether the printout
 * lost it, so nothing empty is left out. The fonts and table cells are the LMI report's.
 *
 * <p>Every block of text is laid out as a borderless one-cell table, like the tables themselves.
 * OpenPDF writes tables and paragraphs to different layers of a page, so mixing them would put all
 * of a page's tables after its text in the file: copied text, search and screen readers would then
 * meet the goals table after the next section's heading. One kind of block keeps the file in
 * reading order.
 */
final class PlanPdfDocument {

    /** Room a heading needs below it for at least a few lines of what it heads. */
    private static final float ROOM_UNDER_HEADING = 90;

    /** How far a list item's text is indented from its number or bullet. */
    private static final float LIST_INDENT = 16;

    /** The heading's own height with its spacing. */
    private static final float HEADING_HEIGHT = 40;

    private static final Font SMALL = PdfFonts.regular(9);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a z", Locale.US);

    /** A label and its value, one row of a facts table. */
    record Fact(String label, String value) {}

    private final Document document;
    private final PdfWriter writer;
    private final DocumentText words;

    PlanPdfDocument(Document document, PdfWriter writer, DocumentText words) {
        this.document = document;
        this.writer = writer;
        this.words = words;
    }

    /** The document's texts in the language it prints in. */
    DocumentText words() {
        return words;
    }

    /** The text of {@code key} in the document's language. */
    String word(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** A section's heading (a key of the documents bundle), on a new page unless there is room under it for a few lines. */
    void heading(String key) {
        heading(key, ROOM_UNDER_HEADING);
    }

    /** A heading that starts a new page unless {@code roomBelow} points are left under it. */
    void heading(String key, float roomBelow) {
        String text = words.get(key);
        if (writer.getVerticalPosition(true) - document.bottom() < HEADING_HEIGHT + roomBelow) {
            document.newPage();
        }
        block(new Paragraph(text, ReportStyle.HEADING), 12, 4);
    }

    /** A bold line over one part of a section, e.g. the figures of the LMI section. */
    void subheading(String text) {
        block(new Paragraph(text, ReportStyle.BODY_BOLD), 6, 2);
    }

    /** The element's text, or "Not recorded". */
    void text(String value) {
        block(new Paragraph(orNotRecorded(value), ReportStyle.BODY), 0, 2);
    }

    void note(String text) {
        block(new Paragraph(text, ReportStyle.NOTE), 0, 2);
    }

    /** A paragraph as it is, e.g. the title block's lines in their own fonts. */
    void paragraph(Paragraph paragraph) {
        block(paragraph, 0, 0);
    }

    void add(PdfPTable table) {
        document.add(table);
    }

    /** Labels (keys of the documents bundle) on the left, values (or "Not recorded") on the right. */
    void facts(List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {2.4f, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        for (Fact fact : facts) {
            String text = words.get(fact.label());
            PdfPCell label = ReportStyle.textCell(text);
            label.setPhrase(new Phrase(text, ReportStyle.BODY_BOLD));
            label.setBackgroundColor(ReportStyle.HEADER_FILL);
            table.addCell(label);
            table.addCell(cell(fact.value()));
        }
        document.add(table);
    }

    /**
     * The items that are not blank, bulleted or numbered; "Not recorded" when there are none. The
     * marks are part of each line's text (with a hanging indent), not a list's separate symbols,
     * which OpenPDF writes after the item's text.
     */
    void list(List<String> items, boolean numbered) {
        List<String> present = items.stream().filter(PlanPdfDocument::present).toList();
        if (present.isEmpty()) {
            text(null);
            return;
        }
        for (int i = 0; i < present.size(); i++) {
            Paragraph item = new Paragraph(
                    (numbered ? (i + 1) + ".  " : "\u2022  ") + present.get(i).strip(), ReportStyle.BODY);
            item.setIndentationLeft(LIST_INDENT);
            item.setFirstLineIndent(-LIST_INDENT);
            block(item, 0, 1);
        }
    }

    /** A full-width table of text columns with a header row repeated on every page. */
    PdfPTable table(float[] widths, String... headerKeys) {
        String[] headers = new String[headerKeys.length];
        for (int i = 0; i < headerKeys.length; i++) {
            headers[i] = words.get(headerKeys[i]);
        }
        return ReportStyle.table(widths, headers.length, headers);
    }

    /** A table cell with the value, or "Not recorded". */
    PdfPCell cell(String value) {
        return ReportStyle.textCell(orNotRecorded(value));
    }

    /** A cell a point smaller, for a table with too many columns for dates to fit at full size. */
    PdfPCell smallCell(String value) {
        PdfPCell cell = cell(value);
        cell.setPhrase(new Phrase(orNotRecorded(value), SMALL));
        return cell;
    }

    String orNotRecorded(String value) {
        return present(value) ? value.strip() : notRecorded();
    }

    String notRecorded() {
        return words.get("notRecorded");
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** E.g. 11/23/2026 2:05 PM EST; "" for null. */
    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The element in a borderless full-width cell that breaks across pages like a paragraph. */
    private void block(Element element, float spacingBefore, float spacingAfter) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        // the first line starts at the cell's top and the last one's descenders stay inside it
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.addElement(element);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(spacingBefore);
        block.setSpacingAfter(spacingAfter);
        block.setSplitLate(false);
        block.addCell(cell);
        document.add(block);
    }
}

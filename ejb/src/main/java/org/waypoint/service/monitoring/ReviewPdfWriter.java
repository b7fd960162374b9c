package org.waypoint.service.monitoring;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.waypoint.service.common.pdf.PdfFonts;

/**
 * The PDF of a compliance review (OpenPDF): the review and its sample (with the seed to draw it
 * again), each file's checklist results, and the findings with their due dates, the LWDA's responses
 * and whether closed. What the LWDA and the state keep as the monitoring report.
 */
public final class ReviewPdfWriter {

    private static final Font TITLE = PdfFonts.bold(16);
    private static final Font HEADING = PdfFonts.bold(12);
    private static final Font HEAD = PdfFonts.bold(8);
    private static final Font BODY = PdfFonts.regular(8);
    private static final Font TEXT = PdfFonts.regular(10);

    private ReviewPdfWriter() {}

    public static byte[] write(ReviewView r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(
                    "Compliance review " + r.id() + ": " + r.lwdaName() + " (" + r.stateCode() + ")", TITLE));
            document.add(new Paragraph(
                    "Period " + r.from() + " to " + r.to() + ". Sample of "
                            + r.files().size() + " of " + r.population()
                            + " participants with plans (asked " + r.sampleSize() + "), seed " + r.seed()
                            + ". Created by " + r.createdBy() + ".",
                    TEXT));
            heading(document, "Sample");
            PdfPTable sample = table(List.of("#", "Participant", "Name", "Plan", "Checklist"));
            for (FileView f : r.files()) {
                cells(
                        sample,
                        String.valueOf(f.position()),
                        f.participantNumber(),
                        f.participantName(),
                        f.planKind() + " " + f.planId(),
                        f.complete() ? "Complete" : "In progress");
            }
            document.add(sample);
            for (FileView f : r.files()) {
                heading(document, "File " + f.position() + ": " + f.participantNumber() + " " + f.participantName());
                PdfPTable items = table(List.of("Item", "Citation", "Records show", "Result", "Comment"));
                for (ItemView i : f.items()) {
                    cells(
                            items,
                            i.question(),
                            i.citation(),
                            (i.suggested() == null ? "" : i.suggested() + ": ") + text(i.evidence()),
                            i.result() == null ? "Not checked" : i.result().name(),
                            text(i.comment()));
                }
                document.add(items);
            }
            heading(document, "Findings and corrective actions");
            // one paragraph per finding (not a table): long comments and responses read in order
            for (FileView f : r.files()) {
                for (ItemView i : f.items()) {
                    if (i.findingStatus() != null) {
                        document.add(finding(f, i));
                    }
                }
            }
            if (r.findings().isEmpty()) {
                document.add(new Paragraph("No findings.", TEXT));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The review PDF could not be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph finding(FileView f, ItemView i) {
        Paragraph p = new Paragraph();
        p.setSpacingAfter(6);
        p.add(new Phrase(f.participantNumber() + ": " + i.question() + " (" + i.citation() + ")\n", HEAD));
        p.add(new Phrase("Finding: " + text(i.comment()) + "\n", TEXT));
        p.add(new Phrase(
                "Due " + i.dueDate() + ". Status: " + i.findingStatus()
                        + (i.closedBy() == null ? "" : " by " + i.closedBy()) + "\n",
                TEXT));
        p.add(new Phrase(
                i.response() == null ? "No response yet." : "Response (" + i.respondedBy() + "): " + i.response(),
                TEXT));
        return p;
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(List<String> columns) {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String c : columns) {
            table.addCell(new PdfPCell(new Phrase(c, HEAD)));
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(new PdfPCell(new Phrase(v, BODY)));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

package org.waypoint.service.plan.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Optional;
import org.waypoint.service.lmi.report.ReportStyle;
import org.waypoint.service.plan.pdf.PlanPdf.Signature;

/**
 * Who signed, how and when: Georgia 3.3.1 wants a copy signed by staff and participant in the case
 * file and given to the participant. A drawn signature is printed as drawn; a typed one as the typed
 * name with the consent to sign electronically that makes it a signature.
 */
final class SignaturesSection implements PlanSection {

    static final String TYPED_CONSENT = "Signed electronically by typing the name, with consent";

    /** A signer's row: the drawing or typed name beside five lines of details. */
    private static final float ROOM_PER_SIGNER = 95;

    private static final Font TYPED_NAME = new Font(Font.TIMES_ROMAN, 16, Font.ITALIC, Color.BLACK);

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        // the signatures stay together, under their heading, on one page
        document.heading(
                "Signatures", ROOM_PER_SIGNER * Math.max(1, plan.signatures().size()));
        if (plan.signatures().isEmpty()) {
            document.text("Not signed.");
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {3, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setKeepTogether(true);
        for (Signature signature : plan.signatures()) {
            table.addCell(mark(signature));
            table.addCell(details(signature, plan));
        }
        document.add(table);
    }

    /** The signature itself: the drawing, or the typed name and the consent. */
    private static PdfPCell mark(Signature signature) {
        PdfPCell cell = cell();
        String name = PlanPdfDocument.orNotRecorded(signature.name());
        if (signature.method() == Signature.Method.DRAWN) {
            Optional<Image> drawing = SignatureDrawing.image(signature.drawing());
            if (drawing.isPresent()) {
                drawing.get().setAlt("Signature of " + name);
                Paragraph image = new Paragraph();
                image.add(new Chunk(drawing.get(), 0, 0, true));
                cell.addElement(image);
            } else {
                cell.addElement(new Paragraph(
                        "The drawing is kept in Waypoint; it could not be printed here.", ReportStyle.NOTE_ITALIC));
            }
            return cell;
        }
        cell.addElement(new Paragraph(name, TYPED_NAME));
        cell.addElement(new Paragraph(
                signature.consent()
                        ? TYPED_CONSENT + "."
                        : "Typed name; no consent to sign electronically was recorded.",
                ReportStyle.NOTE));
        return cell;
    }

    private static PdfPCell details(Signature signature, PlanPdf plan) {
        PdfPCell cell = cell();
        cell.addElement(new Paragraph(
                signature.role() == null ? "Signer" : signature.role().label(), ReportStyle.BODY_BOLD));
        cell.addElement(new Paragraph(PlanPdfDocument.orNotRecorded(signature.name()), ReportStyle.BODY));
        cell.addElement(new Paragraph(
                "Method: "
                        + (signature.method() == null
                                ? PlanPdfDocument.NOT_RECORDED
                                : signature.method().label()),
                ReportStyle.BODY));
        cell.addElement(new Paragraph(
                "Signed " + PlanPdfDocument.orNotRecorded(PlanPdfDocument.dateTime(signature.signedAt(), plan.zone())),
                ReportStyle.BODY));
        cell.addElement(new Paragraph(
                "Recorded by " + PlanPdfDocument.orNotRecorded(signature.recordedBy()), ReportStyle.BODY));
        return cell;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(ReportStyle.RULE_GREY);
        cell.setPadding(6);
        return cell;
    }
}

package org.waypoint.service.plan.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Optional;
import org.waypoint.service.common.pdf.PdfFonts;
import org.waypoint.service.lmi.report.ReportStyle;
import org.waypoint.service.plan.pdf.PlanPdf.Signature;

/**
 * Who signed, how and when: Georgia 3.3.1 wants a copy signed by staff and participant in the case
 * file and given to the participant. A drawn signature is printed as drawn; a typed one as the typed
 * name with the consent to sign electronically that makes it a signature.
 */
final class SignaturesSection implements PlanSection {

    /** A signer's row: the drawing or typed name beside five lines of details. */
    private static final float ROOM_PER_SIGNER = 95;

    private static final Font TYPED_NAME = PdfFonts.signature(16);

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        // the signatures stay together, under their heading, on one page
        document.heading(
                "heading.signatures",
                ROOM_PER_SIGNER * Math.max(1, plan.signatures().size()));
        if (plan.signatures().isEmpty()) {
            document.text(document.word("signature.none"));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {3, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setKeepTogether(true);
        for (Signature signature : plan.signatures()) {
            table.addCell(mark(document, signature));
            table.addCell(details(document, signature, plan));
        }
        document.add(table);
    }

    /** The signature itself: the drawing, or the typed name and the consent. */
    private static PdfPCell mark(PlanPdfDocument document, Signature signature) {
        PdfPCell cell = cell();
        String name = document.orNotRecorded(signature.name());
        if (signature.method() == Signature.Method.DRAWN) {
            Optional<Image> drawing = SignatureDrawing.image(signature.drawing());
            if (drawing.isPresent()) {
                drawing.get().setAlt(document.word("signature.alt", name));
                Paragraph image = new Paragraph();
                image.add(new Chunk(drawing.get(), 0, 0, true));
                cell.addElement(image);
            } else {
                cell.addElement(new Paragraph(document.word("signature.drawingMissing"), ReportStyle.NOTE_ITALIC));
            }
            return cell;
        }
        cell.addElement(new Paragraph(name, TYPED_NAME));
        cell.addElement(new Paragraph(
                document.word(signature.consent() ? "signature.consent" : "signature.noConsent"), ReportStyle.NOTE));
        return cell;
    }

    private static PdfPCell details(PlanPdfDocument document, Signature signature, PlanPdf plan) {
        PdfPCell cell = cell();
        cell.addElement(new Paragraph(
                document.word(
                        signature.role() == null
                                ? "signature.signer"
                                : signature.role().key()),
                ReportStyle.BODY_BOLD));
        cell.addElement(new Paragraph(document.orNotRecorded(signature.name()), ReportStyle.BODY));
        cell.addElement(new Paragraph(
                document.word(
                        "signature.method",
                        signature.method() == null
                                ? document.notRecorded()
                                : document.word(signature.method().key())),
                ReportStyle.BODY));
        cell.addElement(new Paragraph(
                document.word(
                        "signature.signedAt",
                        document.orNotRecorded(PlanPdfDocument.dateTime(signature.signedAt(), plan.zone()))),
                ReportStyle.BODY));
        cell.addElement(new Paragraph(
                document.word("signature.recordedBy", document.orNotRecorded(signature.recordedBy())),
                ReportStyle.BODY));
        return cell;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(ReportStyle.RULE_GREY);
        cell.setPadding(6);
        return cell;
    }
}

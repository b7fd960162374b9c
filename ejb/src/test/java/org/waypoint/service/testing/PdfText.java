package org.waypoint.service.testing;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A written PDF read back as a reader's software sees it: the page count and size, the text of
 * every page (line breaks and runs of spaces folded into one space, so that a sentence wrapped
 * across lines is still found whole), and the kinds of graphics objects the pages draw. Shared by
 * the tests of the LMI report and of the printed plan.
 */
public final class PdfText {

    public final int pages;
    public final float pageWidth;
    public final float pageHeight;
    public final List<String> pageTexts;
    public final String text;
    /** The subtype (/Form, /Image) of every XObject the pages use. */
    public final List<String> xObjectSubtypes;

    private PdfText(int pages, float pageWidth, float pageHeight, List<String> pageTexts, List<String> xObjects) {
        this.pages = pages;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.pageTexts = pageTexts.stream().map(PdfText::fold).toList();
        this.text = String.join(" ", this.pageTexts);
        this.xObjectSubtypes = xObjects;
    }

    public static PdfText of(byte[] pdf) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> texts = new ArrayList<>();
            List<String> xObjects = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                texts.add(extractor.getTextFromPage(page));
                xObjects.addAll(xObjectSubtypes(reader.getPageN(page)));
            }
            return new PdfText(
                    reader.getNumberOfPages(),
                    reader.getPageSize(1).getWidth(),
                    reader.getPageSize(1).getHeight(),
                    texts,
                    xObjects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static List<String> xObjectSubtypes(PdfDictionary page) {
        PdfDictionary resources = page.getAsDict(PdfName.RESOURCES);
        PdfDictionary xObjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (xObjects == null) {
            return List.of();
        }
        List<String> subtypes = new ArrayList<>();
        for (PdfName name : xObjects.getKeys()) {
            PdfDictionary xObject = (PdfDictionary) PdfReader.getPdfObject(xObjects.get(name));
            subtypes.add(String.valueOf(xObject.getAsName(PdfName.SUBTYPE)));
        }
        return subtypes;
    }

    /** A line broken after a hyphen ("2022-" / "2032") joins without a space. */
    private static String fold(String raw) {
        return raw.replaceAll("-\\s*\\R\\s*", "-").replaceAll("\\s+", " ").strip();
    }
}

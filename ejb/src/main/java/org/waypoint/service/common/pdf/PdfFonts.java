package org.waypoint.service.common.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one place every PDF gets its fonts: DejaVu Sans (and DejaVu Serif italic for a typed signature),
 * embedded as a subset with Identity-H encoding. The PDF standard fonts (Helvetica) only cover
 * Windows-1252, so a participant named "Nguyễn Thị Ánh" or "Łukasz Wróbel" printed as "Nguy n Th  Ánh";
 * DejaVu covers Latin, Vietnamese, Greek and Cyrillic. Only the glyphs a document uses are embedded, so
 * a plan stays a few dozen kilobytes. The TrueType files come from the jasperreports-fonts artifact.
 *
 * <p>A {@link BaseFont} is read once and shared: OpenPDF keeps which glyphs a document used per
 * writer, not in the font, so documents written at the same time do not mix.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private static final BaseFont SANS = load("DejaVuSans.ttf");
    private static final BaseFont SANS_BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont SANS_OBLIQUE = load("DejaVuSans-Oblique.ttf");
    private static final BaseFont SERIF_ITALIC = load("DejaVuSerif-Italic.ttf");

    private PdfFonts() {}

    public static Font regular(float size, Color color) {
        return new Font(SANS, size, Font.NORMAL, color);
    }

    public static Font regular(float size) {
        return regular(size, Color.BLACK);
    }

    public static Font bold(float size, Color color) {
        return new Font(SANS_BOLD, size, Font.NORMAL, color);
    }

    public static Font bold(float size) {
        return bold(size, Color.BLACK);
    }

    public static Font italic(float size, Color color) {
        return new Font(SANS_OBLIQUE, size, Font.NORMAL, color);
    }

    /** A handwriting-like serif italic, for a name typed as a signature. */
    public static Font signature(float size) {
        return new Font(SERIF_ITALIC, size, Font.NORMAL, Color.BLACK);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIRECTORY + file + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

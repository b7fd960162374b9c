package org.waypoint.service.plan.pdf;

import com.lowagie.text.Image;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * A drawn signature as the signature pad stores it, a PNG data URL, turned into an image the size of
 * a signature line. Anything else (an older pad's JSON, a damaged value) gives no image, and the
 * plan says the drawing could not be printed rather than failing to print at all.
 */
final class SignatureDrawing {

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    /** Width and height a drawing is scaled down to, in points (about 2.8 by 0.8 inches). */
    private static final float MAX_WIDTH = 200;

    private static final float MAX_HEIGHT = 60;

    private SignatureDrawing() {}

    static Optional<Image> image(String dataUrl) {
        if (dataUrl == null || !dataUrl.regionMatches(true, 0, PNG_DATA_URL, 0, PNG_DATA_URL.length())) {
            return Optional.empty();
        }
        try {
            byte[] png = Base64.getMimeDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
            Image image = Image.getInstance(png);
            if (image.getWidth() > MAX_WIDTH || image.getHeight() > MAX_HEIGHT) {
                image.scaleToFit(MAX_WIDTH, MAX_HEIGHT);
            }
            return Optional.of(image);
        } catch (IOException | RuntimeException notAPng) {
            // bad Base64 (IllegalArgumentException) or not an image OpenPDF reads (BadElementException)
            return Optional.empty();
        }
    }
}

package org.waypoint.service.common.upload;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * Judges an upload by its bytes, never by the type the client declared or the file's name: a
 * browser or script says whatever it is told, and an HTML page stored as a "PDF" is served back to
 * staff. A document must be a PDF that OpenPDF opens or a PNG/JPEG that ImageIO decodes (both
 * already in the application; a magic-number check alone would take a 12-byte "%PDF-" stub), and
 * the declared type and the name's extension, when given, must agree with what it is. A text import
 * must be UTF-8 text without NUL bytes. Each refusal is an {@link InvalidInputException} of the
 * field named by the caller.
 */
public final class UploadedContent {

    /** The document types an upload may allow. */
    public enum DocumentType {
        PDF("application/pdf", "PDF", "pdf"),
        PNG("image/png", "PNG", "png"),
        JPEG("image/jpeg", "JPEG", "jpg", "jpeg", "jpe");

        private final String mediaType;
        private final String label;
        private final Set<String> extensions;

        DocumentType(String mediaType, String label, String... extensions) {
            this.mediaType = mediaType;
            this.label = label;
            this.extensions = Set.of(extensions);
        }

        public String mediaType() {
            return mediaType;
        }

        public String label() {
            return label;
        }
    }

    /** A decoded image of more pixels than a scan of a few pages needs is refused undecoded. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private UploadedContent() {}

    /**
     * @return the type the content really is, one of {@code allowed}
     * @throws InvalidInputException of {@code field} when the content is none of them, is broken, or
     *     disagrees with the declared type or the name's extension
     */
    public static DocumentType requireDocument(
            String field, byte[] content, String declaredType, String fileName, Set<DocumentType> allowed) {
        String expected = allowed.stream().map(DocumentType::label).collect(Collectors.joining(", "));
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, Text.of("common.upload.empty"));
        }
        DocumentType actual = sniff(content);
        if (actual == null || !allowed.contains(actual)) {
            throw InvalidInputException.of(
                    field, Text.of("common.upload.notType", expected, describeText(content, actual)));
        }
        DocumentType declared = declared(declaredType);
        if (declared == null && !isUnspecified(declaredType)) {
            throw InvalidInputException.of(
                    field, Text.of("common.upload.declaredOther", declaredType.strip(), expected));
        }
        if (declared != null && declared != actual) {
            throw InvalidInputException.of(
                    field, Text.of("common.upload.declaredAs", declared.label(), actual.label()));
        }
        String extension = extension(fileName);
        if (extension != null && !actual.extensions.contains(extension)) {
            throw InvalidInputException.of(field, Text.of("common.upload.extension", extension, actual.label()));
        }
        if (actual == DocumentType.PDF) {
            requirePdf(field, content);
        } else {
            requireImage(field, content, actual);
        }
        return actual;
    }

    /**
     * A text import (CSV, tab-delimited): UTF-8 without NUL bytes, which no published or exported
     * table contains and every binary file does.
     */
    public static void requireText(String field, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, Text.of("common.upload.empty"));
        }
        int line = 1;
        for (byte b : content) {
            if (b == 0) {
                throw InvalidInputException.of(field, Text.of("common.upload.nulByte", line));
            }
            if (b == '\n') {
                line++;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(field, Text.of("common.upload.notUtf8"));
        }
    }

    /** The type of the content by its leading bytes (the formats' magic numbers), or null. */
    static DocumentType sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DocumentType.PDF;
        }
        if (startsWith(b, PNG_SIGNATURE)) {
            return DocumentType.PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return DocumentType.JPEG;
        }
        return null;
    }

    /** What a refused file looks like, for the message: enough to tell a mistake from a disguise. */
    static String describe(byte[] b, DocumentType actual) {
        return describeText(b, actual).english();
    }

    /** {@link #describe} in the reader's language. */
    static Text describeText(byte[] b, DocumentType actual) {
        if (actual != null) {
            return Text.literal(actual.label());
        }
        if (startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'}) || startsWith(b, new byte[] {'M', 'Z'})) {
            return Text.of("common.upload.kind.program");
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return Text.of("common.upload.kind.zip");
        }
        String start = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (start.contains("<svg")) {
            return Text.of("common.upload.kind.svg");
        }
        if (start.startsWith("<")
                && (start.contains("<html") || start.contains("<!doctype") || start.contains("<script"))) {
            return Text.of("common.upload.kind.html");
        }
        if (start.startsWith("<")) {
            return Text.of("common.upload.kind.xml");
        }
        return Text.of("common.upload.kind.unknown");
    }

    private static void requirePdf(String field, byte[] content) {
        try {
            PdfReader reader = new PdfReader(content);
            try {
                if (reader.getNumberOfPages() < 1) {
                    throw InvalidInputException.of(field, Text.of("common.upload.pdfNoPages"));
                }
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(field, Text.of("common.upload.pdfBroken"));
        }
    }

    private static void requireImage(String field, byte[] content, DocumentType type) {
        Text broken = Text.of("common.upload.imageBroken", type.label());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw InvalidInputException.of(field, broken);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (!type.label().equalsIgnoreCase(reader.getFormatName())) {
                    throw InvalidInputException.of(field, broken);
                }
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw InvalidInputException.of(
                            field, Text.of("common.upload.imageTooBig", reader.getWidth(0), reader.getHeight(0)));
                }
                // A truncated JPEG decodes with a warning only ("premature end"): take it as broken.
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new IllegalStateException(warning);
                });
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(field, broken);
        }
    }

    private static DocumentType declared(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if ("image/jpg".equals(type) || "image/pjpeg".equals(type)) {
            return DocumentType.JPEG;
        }
        for (DocumentType candidate : DocumentType.values()) {
            if (candidate.mediaType.equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    /** No type, or the generic one a client sends when it does not know: the content decides. */
    private static boolean isUnspecified(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return true;
        }
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return "application/octet-stream".equals(type) || "binary/octet-stream".equals(type);
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? null
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.waypoint.service.common.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.upload.UploadedContent.DocumentType;

/** Uploads are judged by their bytes: the disguises a probe of the server got stored are refused. */
class UploadedContentTest {

    private static final Set<DocumentType> ANY = Set.of(DocumentType.PDF, DocumentType.PNG, DocumentType.JPEG);

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Strategy from the Adult program"));
        document.close();
        return out.toByteArray();
    }

    static byte[] image(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] content, String type, String name) {
        try {
            UploadedContent.requireDocument("file", content, type, name, ANY);
        } catch (InvalidInputException e) {
            assertThat(e.getFieldErrors()).containsOnlyKeys("file");
            return e.getFieldErrors().get("file");
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aGenuinePdfPngAndJpegAreAcceptedAsWhatTheyAre() throws Exception {
        assertThat(UploadedContent.requireDocument("file", pdf(), "application/pdf", "plan.pdf", ANY))
                .isEqualTo(DocumentType.PDF);
        assertThat(UploadedContent.requireDocument("file", image("png"), "image/png", "scan.PNG", ANY))
                .isEqualTo(DocumentType.PNG);
        assertThat(UploadedContent.requireDocument("file", image("jpeg"), "application/octet-stream", "scan", ANY))
                .isEqualTo(DocumentType.JPEG);
    }

    @Test
    void htmlSentAsPdfIsRefused() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(html, "application/pdf", "plan.pdf")).contains("its content is an HTML page");
    }

    @Test
    void svgSentAsPngIsRefused() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(svg, "image/png", "a.png")).contains("its content is an SVG drawing");
    }

    @Test
    void anExecutableSentAsJpegIsRefused() {
        byte[] elf = Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 256);
        byte[] pe = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90}, 256);
        assertThat(refusal(elf, "image/jpeg", "a.jpg")).contains("a program (executable)");
        assertThat(refusal(pe, "image/jpeg", "a.jpg")).contains("a program (executable)");
    }

    @Test
    void aTwelveBytePdfStubAndATruncatedImageAreRefusedAsBroken() throws Exception {
        assertThat(refusal("%PDF-1.4\n%EOF".getBytes(StandardCharsets.US_ASCII), "application/pdf", "a.pdf"))
                .isEqualTo("The PDF cannot be read: it is damaged or incomplete.");
        byte[] png = image("png");
        assertThat(refusal(Arrays.copyOf(png, png.length / 2), "image/png", "a.png"))
                .isEqualTo("The PNG image cannot be read: it is damaged or incomplete.");
    }

    @Test
    void theDeclaredTypeAndTheExtensionMustAgreeWithTheContent() throws Exception {
        assertThat(refusal(image("png"), "image/jpeg", "a.jpg"))
                .isEqualTo("The file is declared as JPEG but its content is PNG.");
        assertThat(refusal(pdf(), "application/pdf", "a.html")).contains("ends in .html but its content is PDF");
        assertThat(refusal(pdf(), "text/html", "a.pdf")).contains("declared as text/html");
    }

    @Test
    void aTypeTheUploadDoesNotAllowIsRefused() throws Exception {
        assertThatThrownBy(() -> UploadedContent.requireDocument(
                        "file", image("png"), "image/png", "a.png", Set.of(DocumentType.PDF)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a PDF file");
    }

    @Test
    void textImportsMustBeUtf8WithoutNulBytes() {
        UploadedContent.requireText("file", "soc,title\n11-1011,Chief Executives\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> UploadedContent.requireText("file", "soc,title\n11-1011,\0\0\n".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors().get("file")).contains("line 2 has a NUL byte"));
        assertThatThrownBy(() -> UploadedContent.requireText("file", new byte[] {'a', (byte) 0xC3, '\n'}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aLimitIsNamedInTheRefusal() {
        assertThat(UploadLimit.LMI_IMPORT.message())
                .isEqualTo("The file is larger than 50 MB, the limit for LMI imports.");
        UploadLimit.LMI_IMPORT.check(50L * 1024 * 1024);
        assertThatThrownBy(() -> UploadLimit.LMI_IMPORT.check(50L * 1024 * 1024 + 1))
                .isInstanceOf(UploadTooLargeException.class);
    }
}

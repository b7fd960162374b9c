package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * Uploads and imports on the real server (issue 18): files are judged by their content, not the
 * declared type (the disguises a probe got stored are refused naming the field "file", and nothing
 * is stored); a body over its limit is a 413 naming the limit; an LMI text file cut short is
 * refused with the data in use unchanged, and a much smaller vintage waits for confirmation.
 */
@ExtendWith(ArquillianExtension.class)
class UploadContentIT {

    private static final String OCCUPATIONS = "/org/waypoint/lmi/data/onet-29.2-occupation-data.txt";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void disguisedCopiesAreRefusedNamingTheFileAndGenuineOnesAreFiled() throws Exception {
        long youth = Participants.eligibleYouth(LocalDate.now().minusMonths(1));
        long planId = Participants.json(
                        Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}"))
                .getJsonNumber("id")
                .longValue();
        String documents = "/plans/" + planId + "/documents?fileName=";
        byte[] png = png();
        long first = id(Api.postBytes(documents + "scan.png", "cm-bluegrass", png, "image/png"));

        Map<String, HttpResponse<String>> disguises = Map.of(
                "HTML as PDF",
                Api.postBytes(
                        documents + "strategy.pdf",
                        "cm-bluegrass",
                        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "application/pdf"),
                "SVG as PNG",
                Api.postBytes(
                        documents + "scan.png",
                        "cm-bluegrass",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                                .getBytes(StandardCharsets.UTF_8),
                        "image/png"),
                "ELF as JPEG",
                Api.postBytes(
                        documents + "photo.jpg",
                        "cm-bluegrass",
                        Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 4096),
                        "image/jpeg"),
                "PE as JPEG",
                Api.postBytes(
                        documents + "photo.jpg",
                        "cm-bluegrass",
                        Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}, 4096),
                        "image/jpeg"),
                "12-byte PDF",
                Api.postBytes(
                        documents + "tiny.pdf",
                        "cm-bluegrass",
                        "%PDF-1.7\n%%EOF".substring(0, 12).getBytes(StandardCharsets.US_ASCII),
                        "application/pdf"),
                "PNG as JPEG",
                Api.postBytes(documents + "scan.jpg", "cm-bluegrass", png, "image/jpeg"));
        disguises.forEach((disguise, response) -> {
            assertThat(response.statusCode())
                    .as(disguise + ": " + response.body())
                    .isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(fieldErrors(response)).as(disguise).containsOnlyKeys("file");
        });
        assertThat(fieldErrors(disguises.get("SVG as PNG")).get("file")).contains("SVG");
        assertThat(fieldErrors(disguises.get("12-byte PDF")).get("file")).contains("cannot be read");

        byte[] pdf = Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass")
                .body();
        long last = id(Api.postBytes(documents + "strategy.pdf", "cm-bluegrass", pdf, "application/octet-stream"));
        for (long between = first + 1; between < last; between++) {
            assertThat(Api.getBytes("/plans/" + planId + "/documents/" + between, "cm-bluegrass")
                            .statusCode())
                    .as("nothing filed between the two genuine copies")
                    .isEqualTo(404);
        }
        HttpResponse<byte[]> filed = Api.getBytes("/plans/" + planId + "/documents/" + last, "cm-bluegrass");
        assertThat(filed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(filed.body()).isEqualTo(pdf);

        HttpResponse<String> tooBig =
                Api.postBytes(documents + "big.pdf", "cm-bluegrass", new byte[10 * 1024 * 1024 + 1], "application/pdf");
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(json(tooBig).getString("detail"))
                .isEqualTo("The file is larger than 10 MB, the limit for plan copies.");
    }

    @Test
    void csvImportsWithNulBytesAreRefusedAndTheListsStayAsTheyWere() throws Exception {
        String list = "/reference/in-demand-occupations?state=KY";
        String before = Api.get(list, "state-admin").body();
        HttpResponse<String> inDemand = Api.postBytes(
                "/reference/in-demand-occupations/import?state=KY",
                "state-admin",
                "soc,title\n31-9091,Dental Assistants\n29-1141,Reg\0\0\0istered Nurses\n"
                        .getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(inDemand.statusCode()).as(inDemand.body()).isEqualTo(400);
        assertThat(fieldErrors(inDemand).get("file")).contains("line 3 has a NUL byte");
        assertThat(Api.get(list, "state-admin").body()).isEqualTo(before);

        HttpResponse<String> lmi = Api.postBytes(
                "/lmi/imports?kind=ONET_OCCUPATIONS&fileName=occ.txt",
                "state-admin",
                "O*NET-SOC Code\tTitle\tDescription\n\0\0\0\0".getBytes(StandardCharsets.UTF_8));
        assertThat(lmi.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(lmi)).containsOnlyKeys("file");
    }

    @Test
    void anLmiFileJustOverFiftyMegabytesIs413NamingTheLimit() throws Exception {
        long size = 50L * 1024 * 1024 + 1;
        // Streamed: the test never holds the 50 MB.
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Api.baseUrl() + "/api/v1/lmi/imports?kind=ONET_OCCUPATIONS&fileName=big.txt"))
                .header("Authorization", basic("state-admin"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatedText(size)), size))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).getString("detail"))
                .isEqualTo("The file is larger than 50 MB, the limit for LMI imports.");
    }

    @Test
    void aTruncatedFileIsRefusedAndASmallerVintageWaitsForConfirmation() throws Exception {
        JsonObject inUse = currentOccupations();
        byte[] whole;
        try (InputStream in = UploadContentIT.class.getResourceAsStream(OCCUPATIONS)) {
            whole = in.readAllBytes();
        }
        String[] lines = new String(whole, StandardCharsets.UTF_8).split("\n");

        // Cut inside row 309's title, as a transfer cut short leaves it.
        String cut = String.join("\n", Arrays.copyOf(lines, 308)) + "\n" + lines[308].substring(0, 14);
        HttpResponse<String> truncated = Api.postBytes(
                "/lmi/imports?kind=ONET_OCCUPATIONS&fileName=occ.txt",
                "state-admin",
                cut.getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.statusCode()).as(truncated.body()).isEqualTo(400);
        assertThat(json(truncated).getString("detail")).contains("the last line (row 309) is incomplete");
        JsonObject rowError = json(truncated).getJsonArray("rowErrors").getJsonObject(0);
        assertThat(rowError.getInt("row")).isEqualTo(309);
        assertThat(rowError.getString("column")).isEqualTo("Description");
        assertThat(currentOccupations()).as("the data in use").isEqualTo(inUse);
        assertThat(json(Api.get("/lmi/occupations/29-1141?area=KY-bluegrass", "cm-bluegrass"))
                        .getString("description"))
                .isNotBlank();

        // Cut at a line break: every row whole, only the count tells.
        byte[] first307 = (String.join("\n", Arrays.copyOf(lines, 308)) + "\n").getBytes(StandardCharsets.UTF_8);
        String path = "/lmi/imports?kind=ONET_OCCUPATIONS&fileName=occ-307.txt&vintage=O*NET%2027.0";
        HttpResponse<String> held = Api.postBytes(path, "state-admin", first307);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(409);
        assertThat(json(held).getInt("rows")).isEqualTo(307);
        assertThat(json(held).getInt("currentRows")).isEqualTo(inUse.getInt("rows"));
        assertThat(currentOccupations()).isEqualTo(inUse);

        try {
            HttpResponse<String> confirmed = Api.postBytes(path + "&confirm=true", "state-admin", first307);
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
            assertThat(json(confirmed).getInt("rowsImported")).isEqualTo(307);
            assertThat(currentOccupations().getInt("rows")).isEqualTo(307);
        } finally {
            // The other tests of the run expect the shipped occupations: a larger file needs no confirmation.
            HttpResponse<String> restored = Api.postBytes(
                    "/lmi/imports?kind=ONET_OCCUPATIONS&fileName=onet-29.2-occupation-data.txt&vintage="
                            + inUse.getString("vintage").replace(" ", "%20"),
                    "state-admin",
                    whole);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(201);
        }
    }

    /** The current O*NET occupations import as the history lists it, without its import time. */
    private static JsonObject currentOccupations() throws Exception {
        JsonArray history = Json.createReader(
                        new StringReader(Api.get("/lmi/imports", "state-admin").body()))
                .readArray();
        JsonObject current = history.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("ONET_OCCUPATIONS") && d.getBoolean("current"))
                .findFirst()
                .orElseThrow();
        return Json.createObjectBuilder()
                .add("id", current.get("id"))
                .add("rows", current.get("rows"))
                .add("vintage", current.get("vintage"))
                .build();
    }

    private static long id(HttpResponse<String> attached) {
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        return json(attached).getJsonNumber("id").longValue();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    /** {@code size} bytes of tab-separated text, generated as read. */
    private static final class RepeatedText extends InputStream {

        private static final byte[] LINE =
                "11-1011.00\tChief Executives\tPlan and direct.\n".getBytes(StandardCharsets.UTF_8);
        private long remaining;
        private int position;

        RepeatedText(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            byte b = LINE[position];
            position = (position + 1) % LINE.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[position];
                position = (position + 1) % LINE.length;
            }
            remaining -= n;
            return n;
        }
    }
}

package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * Issue 19, page speed: pages, scripts and style sheets travel gzipped to a browser that accepts it
 * (the server's Undertow filter), PrimeFaces' versioned scripts are cached for a year without being
 * asked for again, Waypoint's own unversioned style sheet for minutes, and pages never.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseCompressionIT {

    private static final Pattern PRIMEFACES_SCRIPT =
            Pattern.compile("src=\"[^\"]*(/jakarta\\.faces\\.resource/[^\"]+\\.js[^\"]*ln=primefaces[^\"]*)\"");
    private static final Pattern OWN_STYLE_SHEET =
            Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/css/waypoint\\.css[^\"]*)\"");

    private final HttpClient client = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPageIsSentGzippedToABrowserThatAcceptsItAndNeverCached() throws Exception {
        HttpResponse<byte[]> plain = get("/login.xhtml", false);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding"))
                .as("not asked for")
                .isEmpty();

        HttpResponse<byte[]> gzipped = get("/login.xhtml", true);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(gunzip(gzipped.body())).contains("id=\"login:submit\"");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
    }

    @Test
    void primeFacesVersionedScriptsAreGzippedAndKeptForAYearOwnStylesForMinutes() throws Exception {
        String page = new String(get("/login.xhtml", false).body(), StandardCharsets.UTF_8);
        String script = resource(PRIMEFACES_SCRIPT, page);
        assertThat(script).contains("v=");

        HttpResponse<byte[]> plain = get(script, false);
        HttpResponse<byte[]> gzipped = get(script, true);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(gzipped.body().length).as("compressed to well under half").isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzipped.body()).length()).isGreaterThan(gzipped.body().length);

        HttpResponse<byte[]> css = get(resource(OWN_STYLE_SHEET, page), true);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=600");
    }

    private static String resource(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern + " in the login page").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private HttpResponse<byte[]> get(String path, boolean acceptGzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path));
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

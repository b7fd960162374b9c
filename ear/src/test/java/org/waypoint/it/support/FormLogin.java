package org.waypoint.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through login.xhtml without a browser: the page's view state, then the form's POST. */
public final class FormLogin {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private FormLogin() {}

    /** The POST's answer; {@code client} keeps the session cookie of the page's GET. */
    public static HttpResponse<String> submit(HttpClient client, String baseUrl, String user, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> loginPage = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String page = loginPage.body();
        // PrimeFaces' content security policy: a postback sends back the page's nonce, as its script does
        Matcher nonce = NONCE.matcher(
                loginPage.headers().firstValue("Content-Security-Policy").orElse(""));
        String nonceParameter =
                nonce.find() ? "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) : "";
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the login page: " + page);
        }
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3Asubmit=" + nonceParameter + "&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

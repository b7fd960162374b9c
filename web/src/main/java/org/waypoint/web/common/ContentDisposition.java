package org.waypoint.web.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition header of a file Waypoint sends (RFC 6266): {@code filename} in plain
 * ASCII for every client, and {@code filename*} with the name as given, UTF-8 and percent-encoded
 * (RFC 5987). Control characters, quotes, backslashes and path separators never reach the header,
 * so a stored document's name cannot split the header or point outside the download folder.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    /** {@code attachment}: the browser saves the file. */
    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** {@code inline}: the browser shows the file (a PDF) where it can. */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    static String header(String type, String fileName) {
        String name = clean(fileName);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name without control characters, quotes, backslashes or path separators; "file" if nothing is left. */
    static String clean(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\p{Cntrl}\"\\\\/]", "").strip();
        return name.isEmpty() ? "file" : name;
    }
}

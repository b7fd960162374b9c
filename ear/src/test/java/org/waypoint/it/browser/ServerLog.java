package org.waypoint.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The managed server's log (jboss.home/standalone/log/server.log), read from a mark: what pages
 * logged while a browser test walked them. PrimeFaces names an attribute value it does not accept
 * ("grid is not a valid value for SelectManyCheckbox layout"); Faces and EL errors while rendering
 * show up the same way.
 */
final class ServerLog {

    private static final Pattern PAGE_ERROR = Pattern.compile(
            "is not a valid value for|jakarta\\.faces\\.FacesException|jakarta\\.el\\.(ELException|PropertyNotFoundException|MethodNotFoundException)"
                    + "|Cannot find component for expression|Unable to find matching navigation case");

    private final Path file =
            Path.of(System.getProperty("jboss.home", "target/it-server"), "standalone", "log", "server.log");
    private long mark;

    void mark() {
        try {
            mark = Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertNoPageErrorsSinceMark() {
        List<String> errors = linesSinceMark().stream()
                .filter(line -> PAGE_ERROR.matcher(line).find())
                .toList();
        assertThat(errors)
                .as("errors the server logged while the pages were walked")
                .isEmpty();
    }

    private List<String> linesSinceMark() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = in.length() < mark ? 0 : mark; // the log rolled over: read it all
            byte[] added = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

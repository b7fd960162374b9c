package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text the staff pages show exists in Spanish too (issue 19: WIOA sec. 188 language access, 29
 * CFR 38.9): each bundle's Spanish file has every key of the English one, nothing more, and each
 * message carries the same placeholders ({0}, {max} ...), so no value goes missing in translation.
 * A key added to an English file without its Spanish fails here with the list of keys to translate.
 */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)");

    /** The English files, read from the sources (the working directory of a module's tests is the module). */
    static List<Path> bundles() {
        return List.of(
                Path.of("src/main/resources/org/waypoint/web/messages.properties"),
                Path.of("src/main/resources/org/waypoint/web/faces-messages.properties"),
                Path.of("../persistence/src/main/resources/ValidationMessages.properties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    @DisplayName("the Spanish file has exactly the English keys")
    void sameKeys(Path english) throws IOException {
        Properties en = load(english);
        Properties es = load(spanish(english));

        TreeSet<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(es.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(es.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());

        assertThat(missing)
                .as(
                        "keys of %s to translate into %s",
                        english.getFileName(), spanish(english).getFileName())
                .isEmpty();
        assertThat(extra)
                .as("keys of %s that %s no longer has", spanish(english).getFileName(), english.getFileName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    @DisplayName("each Spanish message has the placeholders of the English one")
    void samePlaceholders(Path english) throws IOException {
        Properties en = load(english);
        Properties es = load(spanish(english));
        Map<String, String> different = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            String translated = es.getProperty(key);
            if (translated != null && !placeholders(en.getProperty(key)).equals(placeholders(translated))) {
                different.put(key, placeholders(en.getProperty(key)) + " but " + placeholders(translated));
            }
        }
        assertThat(different)
                .as("placeholders that differ in %s", spanish(english))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    @DisplayName("no Spanish message is left empty")
    void nothingEmpty(Path english) throws IOException {
        Properties es = load(spanish(english));
        assertThat(es.stringPropertyNames().stream()
                        .filter(k -> es.getProperty(k).isBlank()))
                .as("empty messages in %s", spanish(english))
                .isEmpty();
    }

    private static TreeSet<String> placeholders(String message) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Path spanish(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_es.properties"));
    }

    private static Properties load(Path file) throws IOException {
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Service texts in the reader's language (issue 19): every feature's {@code messages.properties} has
 * a Spanish twin with the same keys and the same placeholders, and a text reads in either language.
 */
class TextTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void readsInTheReadersLanguageWithItsArgumentsAsTheyAre() {
        Text text = Text.of("common.changedBy", Text.literal("This plan"), "Dana O'Neil");
        assertThat(text.english())
                .isEqualTo("This plan was changed by Dana O'Neil after you opened it. Your changes were not saved.");
        assertThat(text.in(SPANISH)).startsWith("This plan: Dana O'Neil lo cambió");
        assertThat(text.in(Locale.forLanguageTag("es-MX"))).isEqualTo(text.in(SPANISH));
        assertThat(text.in(Locale.FRENCH))
                .as("any other language reads English")
                .isEqualTo(text.english());
        assertThat(Text.of("common.changedBy", 1234, "x").english()).startsWith("1234 was");
    }

    @Test
    void joinsAListWithTheLanguagesAnd() {
        assertThat(Text.and(List.of("a")).english()).isEqualTo("a");
        assertThat(Text.and(List.of("a", "b", "c")).english()).isEqualTo("a, b and c");
        assertThat(Text.and(List.of("a", "b", "c")).in(SPANISH)).isEqualTo("a, b y c");
        assertThat(Text.and(List.of()).english()).isEmpty();
    }

    @Test
    void aStoredTextReadsBackTheSame() {
        Text text = Text.of(
                "common.changedBy",
                Text.and(List.of("a", Text.literal("b \"quoted\""))),
                Text.of("common.changedBy.anotherUser"));
        Text back = Text.fromJson(text.toJson());
        Text translated = Text.translated("Use at most 3 characters.", "Use como máximo 3 caracteres.");
        assertThat(Text.fromJson(translated.toJson()).in(SPANISH)).isEqualTo("Use como máximo 3 caracteres.");
        assertThat(back).isEqualTo(text);
        assertThat(back.in(SPANISH)).isEqualTo(text.in(SPANISH));
    }

    @Test
    void aKeyWithoutItsFeatureOrWithoutATextIsAMistake() {
        assertThatThrownBy(() -> Text.of("nofeature")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of("common.noSuchKey").english()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvalidInputReadsInEitherLanguageAndIsEnglishForTheApi() {
        InvalidInputException e = InvalidInputException.of(
                "plan", Text.of("common.changedBy", "This plan", Text.of("common.changedBy.anotherUser")));
        assertThat(e.getFieldErrors().get("plan")).contains("another user");
        assertThat(e.getFieldErrors(SPANISH).get("plan")).contains("otro usuario");
        assertThat(e.getMessage()).startsWith("plan: This plan was changed by another user");
    }

    @Test
    void everyFeaturesBundleHasSpanishWithTheSameKeysAndPlaceholders() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles).as("the features' messages.properties").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path english : bundles) {
            Path spanish = english.resolveSibling("messages_es.properties");
            String feature = english.getParent().getFileName().toString();
            if (!Files.exists(spanish)) {
                problems.add(feature + ": no messages_es.properties");
                continue;
            }
            Properties en = load(english);
            Properties es = load(spanish);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (!key.startsWith(feature + ".")) {
                    problems.add(key + " is in " + feature + "'s bundle but does not start with " + feature + ".");
                }
                String translated = es.getProperty(key);
                if (translated == null || translated.isBlank()) {
                    problems.add(key + " has no Spanish");
                } else if (!placeholders(en.getProperty(key)).equals(placeholders(translated))) {
                    problems.add(key + ": the Spanish has other placeholders");
                }
            }
            for (String key : es.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(key + " is Spanish only");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try {
            Path service = Path.of(Text.class
                            .getResource("/org/waypoint/service/common/messages.properties")
                            .toURI())
                    .getParent()
                    .getParent();
            try (Stream<Path> features = Files.list(service)) {
                return features.map(f -> f.resolve("messages.properties"))
                        .filter(Files::exists)
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

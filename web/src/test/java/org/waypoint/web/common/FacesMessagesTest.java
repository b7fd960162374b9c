package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message Faces and PrimeFaces write for a converter or validator speaks in words and names
 * the field (issue 19: "Validation Error: Value must be ..." and "j_idt12: Validation Error" reached
 * case managers). Checked against the frameworks' own bundles, so a message a new version adds and we
 * do not word fails here; the field's name is the argument each framework message puts it in.
 */
class FacesMessagesTest {

    private static final Set<String> NOT_ABOUT_A_FIELD = Set.of(
            "jakarta.faces.validator.NOT_IN_RANGE",
            "jakarta.faces.validator.RegexValidator.PATTERN_NOT_SET",
            "jakarta.faces.validator.RegexValidator.MATCH_EXCEPTION",
            "jakarta.faces.validator.BeanValidator.MESSAGE");

    private final Properties ours = load("org/waypoint/web/faces-messages.properties");

    @Test
    void everyFacesConverterAndValidatorMessageIsWordedAndNamesTheField() {
        Properties faces = load("jakarta/faces/Messages.properties");
        for (String key : faces.stringPropertyNames()) {
            if (!key.startsWith("jakarta.faces.converter.")
                    && !key.startsWith("jakarta.faces.validator.")
                    && !key.startsWith("jakarta.faces.component.UI")) {
                continue;
            }
            assertThat(ours).as(key).containsKey(key);
            String text = ours.getProperty(key);
            assertThat(text)
                    .as(key)
                    .doesNotContainIgnoringCase("validation error")
                    .doesNotContain("''{");
            String base = key.replace("_detail", "");
            if (!NOT_ABOUT_A_FIELD.contains(base)
                    && !opening(faces.getProperty(base)).isEmpty()) {
                // the label is the argument the framework's own message opens with ("{2}: ''{0}'' must be")
                String label = opening(faces.getProperty(base));
                assertThat(text).as(key + " names the field as " + label).startsWith(label + ":");
            }
        }
    }

    @Test
    void primeFacesOwnFieldMessagesAreWorded() {
        Properties primeFaces = load("org/primefaces/Messages.properties");
        for (String key : primeFaces.stringPropertyNames()) {
            if (!key.startsWith("primefaces.calendar.")
                    && !key.startsWith("primefaces.FileValidator.")
                    && !key.startsWith("primefaces.password.")
                    && !key.startsWith("primefaces.slider.")
                    && !key.startsWith("primefaces.tree.")
                    && !key.startsWith("primefaces.captcha.")) {
                continue;
            }
            assertThat(ours).as(key).containsKey(key);
            assertThat(ours.getProperty(key)).as(key).doesNotContainIgnoringCase("validation error");
        }
        assertThat(ours.getProperty("jakarta.faces.validator.RegexValidator.NOT_MATCHED"))
                .as("Mojarra passes the pattern and the label")
                .startsWith("{1}:");
        assertThat(ours.getProperty("primefaces.calendar.MAX_DATE")).isEqualTo("{0}: enter a date on or before {2}.");
    }

    private static String opening(String frameworkText) {
        Matcher m = Pattern.compile("^(\\{\\d\\})").matcher(frameworkText.strip());
        return m.find() ? m.group(1) : "";
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = FacesMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

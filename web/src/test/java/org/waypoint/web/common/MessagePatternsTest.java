package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message with a placeholder goes through {@link MessageFormat} (h:outputFormat, Pages.info),
 * where a lone apostrophe starts quoted text: "The LWDA's limit is {0}." showed as "The LWDAs limit
 * is {0}." (issue 19). Such a message doubles its apostrophes; these tests read the whole bundle.
 */
class MessagePatternsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+");

    private static Properties bundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagePatternsTest.class.getResourceAsStream("/org/waypoint/web/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void everyPlaceholderIsReplacedAndEveryApostropheShown() throws IOException {
        Properties messages = bundle();
        List<String> broken = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!PLACEHOLDER.matcher(pattern).find()) {
                continue;
            }
            String shown = new MessageFormat(pattern, Locale.US).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
            long intended =
                    pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            long apostrophes = shown.chars().filter(c -> c == '\'').count();
            if (PLACEHOLDER.matcher(shown).find() || apostrophes != intended) {
                broken.add(key + " shows as: " + shown);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theItaLimitShowsTheAmount() throws IOException {
        String pattern = bundle().getProperty("plan.training.itaLimit");
        assertThat(MessageFormat.format(pattern, "$5,000.00")).isEqualTo("The LWDA's limit is $5,000.00.");
    }
}

package org.waypoint.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The documents bundle in both languages, and which language a participant's recorded preference
 * (a free-text field) prints in.
 */
class DocumentTextTest {

    @Test
    void everyEnglishTextHasASpanishOneAndNoMore() throws IOException {
        Properties english = load("documents.properties");
        Properties spanish = load("documents_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void placeholdersAreReplacedAndApostrophesKept() {
        assertThat(DocumentText.of(DocumentLanguage.ENGLISH).get("lmi.generatedComment"))
                .isEqualTo("Waypoint's comment from the figures");
        assertThat(DocumentText.of(DocumentLanguage.SPANISH).get("signature.signedAt", "11/23/2026 9:15 AM CST"))
                .isEqualTo("Firmado el 11/23/2026 9:15 AM CST");
    }

    @Test
    void spanishInAnyOfItsUsualSpellingsPrintsInSpanish() {
        for (String preferred : new String[] {"Spanish", "spanish", "Español", "espanol", "es", "ES-US", "spa"}) {
            assertThat(DocumentLanguage.forPreferredLanguage(preferred))
                    .as(preferred)
                    .isEqualTo(DocumentLanguage.SPANISH);
        }
    }

    @Test
    void englishNoneOrAnUntranslatedLanguagePrintsInEnglish() {
        for (String preferred : new String[] {null, "", "English", "Vietnamese", "Somali"}) {
            assertThat(DocumentLanguage.forPreferredLanguage(preferred))
                    .as(preferred)
                    .isEqualTo(DocumentLanguage.ENGLISH);
        }
    }

    @Test
    void aLangParameterIsEnOrEs() {
        assertThat(DocumentLanguage.ofCode("es")).contains(DocumentLanguage.SPANISH);
        assertThat(DocumentLanguage.ofCode("EN")).contains(DocumentLanguage.ENGLISH);
        assertThat(DocumentLanguage.ofCode("fr")).isEmpty();
        assertThat(DocumentLanguage.ofCode("spanish")).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentText.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package org.waypoint.service.documents;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of participant-facing documents in one language, from the {@code documents} resource
 * bundle: labels, headings, element names and fixed sentences. What staff or the participant typed
 * is never translated. A placeholder {0}, {1}... is replaced as it is (no MessageFormat, so an
 * apostrophe in "Waypoint's" needs no escaping).
 */
public final class DocumentText {

    private static final String BUNDLE = "org.waypoint.service.documents.documents";

    private static final Map<DocumentLanguage, DocumentText> TEXTS = new EnumMap<>(DocumentLanguage.class);

    static {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            TEXTS.put(language, new DocumentText(language));
        }
    }

    private final DocumentLanguage language;
    private final ResourceBundle bundle;

    private DocumentText(DocumentLanguage language) {
        this.language = language;
        // no fallback to the server's default locale: English is the base bundle
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                DocumentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DocumentText of(DocumentLanguage language) {
        return TEXTS.get(language == null ? DocumentLanguage.ENGLISH : language);
    }

    public DocumentLanguage language() {
        return language;
    }

    /** The text of {@code key} with {0}, {1}... replaced by the arguments. */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No document text " + key + " in " + language, e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** "Yes", "No", or "" when the question was not answered. */
    public String yesNo(Boolean answer) {
        return answer == null ? "" : get(answer ? "yes" : "no");
    }
}

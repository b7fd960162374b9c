package org.waypoint.service.documents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.waypoint.service.common.InvalidInputException;

/**
 * A language participant-facing documents print in. The plan and the LMI report go home with the
 * participant, so they print in the participant's preferred language (Title VI of the Civil Rights Act
 * and 29 CFR 38.9: meaningful access for people with limited English proficiency); staff can print
 * either. English and Spanish are the languages the documents are translated into.
 */
public enum DocumentLanguage {
    ENGLISH("en"),
    SPANISH("es");

    private final String code;

    DocumentLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code a {@code lang} parameter uses: "en" or "es". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a {@code lang} parameter ("en", "es", any case); empty for anything else. */
    public static Optional<DocumentLanguage> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /**
     * The {@code lang} parameter of a download (the plan's PDF, the LMI report): null when absent
     * (print in the participant's preferred language), else "en" or "es".
     *
     * @throws InvalidInputException naming {@code lang} for any other value
     */
    public static DocumentLanguage fromParameter(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return ofCode(lang)
                .orElseThrow(() -> InvalidInputException.of(
                        "lang", "lang must be en (English) or es (Spanish), not \"" + lang.strip() + "\"."));
    }

    /**
     * The language to print a participant's documents in, from the preferred language as recorded (a
     * free-text field: "Spanish", "Español", "es", "spa"...); English when none is recorded or it is
     * a language the documents are not translated into.
     */
    public static DocumentLanguage forPreferredLanguage(String preferred) {
        if (preferred == null || preferred.isBlank()) {
            return ENGLISH;
        }
        String words = Normalizer.normalize(preferred.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        boolean spanish = words.equals("es")
                || words.equals("spa")
                || words.startsWith("es-")
                || words.startsWith("spanish")
                || words.startsWith("espanol")
                || words.startsWith("castellano");
        return spanish ? SPANISH : ENGLISH;
    }
}

package org.waypoint.service.common;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence a service gives a person (a rule's message, a checklist item, an explanation), kept as
 * a key and its arguments so that each page shows it in its reader's language (issue 19). The key's
 * first part is the feature that owns it: {@code plan.signature.missing} is in
 * {@code org/waypoint/service/plan/messages.properties}, with Spanish in {@code messages_es.properties}.
 *
 * <p>A placeholder {0}, {1}... is replaced by its argument as it is (no MessageFormat: numbers are
 * not regrouped and an apostrophe needs no escaping). An argument that is itself a {@code Text} is
 * read in the same language; anything else is taken as its {@code String.valueOf}, fixed when the
 * text is made. {@link #toString()} and {@link #english()} read it in English, the language of the
 * REST API, the log and stored records.
 */
public final class Text implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private enum Kind {
        KEY,
        LITERAL,
        TRANSLATED,
        AND
    }

    private final Kind kind;
    private final String key;
    private final List<Serializable> args;

    private Text(Kind kind, String key, List<Serializable> args) {
        this.kind = kind;
        this.key = key;
        this.args = args;
    }

    /** The text of {@code key} in the owning feature's messages bundle, with these arguments. */
    public static Text of(String key, Object... args) {
        if (key == null || key.indexOf('.') < 1) {
            throw new IllegalArgumentException("A text key starts with its feature: " + key);
        }
        return new Text(Kind.KEY, key, fix(List.of(args)));
    }

    /** A text that is the same in every language: a name, a code, something a person typed. */
    public static Text literal(String text) {
        return new Text(Kind.LITERAL, text, List.of());
    }

    /**
     * A text worded elsewhere in both languages, such as a Bean Validation message read from
     * {@code ValidationMessages} and {@code ValidationMessages_es}.
     */
    public static Text translated(String english, String spanish) {
        return new Text(Kind.TRANSLATED, english, List.of(spanish));
    }

    /** "a", "a and b", "a, b and c" ("a, b y c" in Spanish). */
    public static Text and(List<?> parts) {
        return new Text(Kind.AND, "common.and", fix(parts));
    }

    private static List<Serializable> fix(List<?> values) {
        return values.stream()
                .map(v -> v instanceof Text t ? (Serializable) t : String.valueOf(v))
                .toList();
    }

    public String key() {
        return kind == Kind.KEY ? key : null;
    }

    /** The text in this language: Spanish for any {@code es} locale, English otherwise. */
    public String in(Locale locale) {
        Locale language = locale != null && "es".equals(locale.getLanguage()) ? SPANISH : Locale.ENGLISH;
        return switch (kind) {
            case LITERAL -> key;
            case TRANSLATED -> language == SPANISH ? (String) args.get(0) : key;
            case AND -> joined(language);
            case KEY -> {
                String text = pattern(key, language);
                for (int i = 0; i < args.size(); i++) {
                    text = text.replace("{" + i + "}", arg(i, language));
                }
                yield text;
            }
        };
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    private String arg(int i, Locale language) {
        return args.get(i) instanceof Text t ? t.in(language) : (String) args.get(i);
    }

    private String joined(Locale language) {
        int n = args.size();
        if (n == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(arg(0, language));
        for (int i = 1; i < n; i++) {
            text.append(i == n - 1 ? " " + pattern("common.and", language) + " " : ", ")
                    .append(arg(i, language));
        }
        return text.toString();
    }

    /** The pattern of a key, from its feature's bundle in this language (English is the base). */
    static String pattern(String key, Locale language) {
        String feature = key.substring(0, key.indexOf('.'));
        try {
            return ResourceBundle.getBundle(
                            "org.waypoint.service." + feature + ".messages",
                            language,
                            Text.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text " + key + " in " + language, e);
        }
    }

    /**
     * The text as JSON, to keep in a record beside its English reading so that a stored sentence
     * (an eligibility explanation) is read later in its reader's language: {@code {"k":key,"a":[...]}},
     * a literal as {@code {"l":text}}, a list as {@code {"and":[...]}}.
     */
    public String toJson() {
        return json().toString();
    }

    private jakarta.json.JsonObject json() {
        jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        for (Serializable arg : args) {
            if (arg instanceof Text t) {
                list.add(t.json());
            } else {
                list.add((String) arg);
            }
        }
        return switch (kind) {
            case LITERAL ->
                jakarta.json.Json.createObjectBuilder().add("l", key).build();
            case TRANSLATED ->
                jakarta.json.Json.createObjectBuilder()
                        .add("en", key)
                        .add("es", (String) args.get(0))
                        .build();
            case AND -> jakarta.json.Json.createObjectBuilder().add("and", list).build();
            case KEY ->
                jakarta.json.Json.createObjectBuilder()
                        .add("k", key)
                        .add("a", list)
                        .build();
        };
    }

    /** The text {@link #toJson()} wrote. */
    public static Text fromJson(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }

    private static Text fromJson(jakarta.json.JsonObject o) {
        if (o.containsKey("l")) {
            return literal(o.getString("l"));
        }
        if (o.containsKey("en")) {
            return translated(o.getString("en"), o.getString("es"));
        }
        List<Object> list = new java.util.ArrayList<>();
        for (jakarta.json.JsonValue v : o.getJsonArray(o.containsKey("and") ? "and" : "a")) {
            list.add(
                    v instanceof jakarta.json.JsonObject child
                            ? fromJson(child)
                            : ((jakarta.json.JsonString) v).getString());
        }
        return o.containsKey("and") ? and(list) : of(o.getString("k"), list.toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && kind == t.kind && key.equals(t.key) && args.equals(t.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args.hashCode();
    }

    @Override
    public String toString() {
        return english();
    }
}

package org.waypoint.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The change history in words (issue 19): an audit row's JSON ({@code {"barriers":{"added":[...],
 * "removed":[...]}, "city":{"from":"Lexington","to":"Paris"}}}) as one line per changed field, the
 * field named as a person calls it ({@code audit.field.*}, else its name in words), a list as what
 * was added and removed, a value as the page shows it: an enum by its label ({@code enum.Type.NAME}
 * or the enum's own label), Yes/No, a date as MM/DD/YYYY, a staff member by name. The record's
 * class, when known, tells the type of each field; without it values read as they were written.
 */
public final class AuditChangeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final ResourceBundle bundle;
    private final Function<String, String> staffName;

    /**
     * @param bundle the {@code msg} bundle
     * @param staffName a login id to the name the person goes by
     */
    public AuditChangeText(ResourceBundle bundle, Function<String, String> staffName) {
        this.bundle = bundle;
        this.staffName = staffName;
    }

    /** One line per field the row names; none for an empty row; text that is not JSON as it is. */
    public List<String> lines(String entityClass, String changes) {
        if (changes == null || changes.isBlank()) {
            return List.of();
        }
        JsonObject fields;
        try (var reader = Json.createReader(new StringReader(changes))) {
            fields = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return List.of(changes);
        }
        Class<?> type = load(entityClass);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : fields.entrySet()) {
            String line = line(type, entry.getKey(), entry.getValue());
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private String line(Class<?> type, String field, JsonValue change) {
        String label = fieldLabel(field);
        if (!(change instanceof JsonObject o)) {
            String raw = scalar(change);
            String key = "audit.value." + field + "." + raw;
            return text(
                    "audit.change.value",
                    label,
                    bundle.containsKey(key) ? bundle.getString(key) : value(type, field, raw));
        }
        if (o.containsKey("added") || o.containsKey("removed")) {
            return listLine(type, field, label, o);
        }
        if (o.containsKey("set")) {
            return text("audit.change.hidden", label);
        }
        if (o.containsKey("changed")) {
            return text("audit.change.hiddenChanged", label);
        }
        String before = o.containsKey("from") ? scalar(o.get("from")) : "";
        String after = o.containsKey("to") ? scalar(o.get("to")) : "";
        if (isLegacyList(type, field, before)) {
            // rows written before lists were audited as added/removed: only the old list is known
            return text("audit.change.listBefore", label, listText(type, field, legacyItems(before)));
        }
        if (!o.containsKey("from")) {
            return after.isEmpty() ? null : text("audit.change.value", label, value(type, field, after));
        }
        if (before.equals(after)) {
            return null;
        }
        if (before.isEmpty()) {
            return text("audit.change.set", label, value(type, field, after));
        }
        if (after.isEmpty()) {
            return text("audit.change.cleared", label, value(type, field, before));
        }
        return text("audit.change.changed", label, value(type, field, before), value(type, field, after));
    }

    private String listLine(Class<?> type, String field, String label, JsonObject change) {
        List<String> parts = new ArrayList<>();
        List<String> added = strings(change.get("added"));
        List<String> removed = strings(change.get("removed"));
        if (!added.isEmpty()) {
            parts.add(text("audit.change.added", listText(type, field, added)));
        }
        if (!removed.isEmpty()) {
            parts.add(text("audit.change.removed", listText(type, field, removed)));
        }
        return parts.isEmpty() ? null : label + ": " + String.join("; ", parts);
    }

    private String listText(Class<?> type, String field, List<String> items) {
        return String.join(", ", items.stream().map(i -> value(type, field, i)).toList());
    }

    /** A value as a page shows it, by the type of the record's field. */
    String value(Class<?> type, String field, String raw) {
        Class<?> valueType = valueType(type, field);
        if (raw.isEmpty() || valueType == null) {
            return raw;
        }
        if (valueType.isEnum()) {
            return enumLabel(valueType, raw);
        }
        if (valueType == Boolean.class || valueType == boolean.class) {
            return "true".equals(raw) ? text("audit.yes") : "false".equals(raw) ? text("audit.no") : raw;
        }
        if (valueType == LocalDate.class) {
            try {
                return DATE.format(LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        if (valueType.getSimpleName().equals("StaffAccount")) {
            return staffName.apply(raw);
        }
        return raw;
    }

    /** An enum constant by its label: the bundle's, else the enum's own, else its name in words. */
    String enumLabel(Class<?> enumType, String name) {
        String key = "enum." + enumType.getSimpleName() + "." + name;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        Object constant = Arrays.stream(enumType.getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(name))
                .findFirst()
                .orElse(null);
        if (constant == null) {
            return name;
        }
        for (String getter : List.of("getLabel", "label")) {
            try {
                Object label = enumType.getMethod(getter).invoke(constant);
                if (label instanceof String text && !text.isBlank()) {
                    return text;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no such label: try the next, then the name in words
            }
        }
        return words(name.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    /** "dateOfBirth" reads "Date of birth" unless the bundle names it ({@code audit.field.dateOfBirth}). */
    String fieldLabel(String field) {
        String key = "audit.field." + field;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return words(field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    }

    private static String words(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private boolean isLegacyList(Class<?> type, String field, String before) {
        Field f = field(type, field);
        return f != null && Collection.class.isAssignableFrom(f.getType()) && before.startsWith("[");
    }

    private static List<String> legacyItems(String list) {
        String inner = list.substring(1, list.endsWith("]") ? list.length() - 1 : list.length());
        return inner.isBlank()
                ? List.of()
                : Arrays.stream(inner.split(",\\s*")).map(String::strip).toList();
    }

    /** The field's type, or a list's element type; null when the record's class is not known. */
    private static Class<?> valueType(Class<?> type, String field) {
        Field f = field(type, field);
        if (f == null) {
            return null;
        }
        if (Collection.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            return element instanceof Class<?> c ? c : null;
        }
        return f.getType();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> load(String entityClass) {
        if (entityClass == null) {
            return null;
        }
        try {
            return Class.forName(entityClass, false, AuditChangeText.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<String> strings(JsonValue value) {
        return value instanceof JsonArray array
                ? array.stream().map(AuditChangeText::scalar).toList()
                : List.of();
    }

    private static String scalar(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private String text(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.US).format(args);
    }
}

package org.waypoint.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.web.common.RecordDraft;

/**
 * Reads a JSON request body into a service input record, by the record's own component names and
 * types: the API binds the same input the page binds, with no body class to copy fields into.
 * Dates are ISO (YYYY-MM-DD), codes are enum names in any case, and every value that cannot be read
 * is named in one 400 answer, as is what the record's own constructor refuses ({@link
 * InvalidValueException}); limits and required fields are the service's Bean Validation. Each value
 * must have the JSON type of its component ({@link JsonScalars}): nothing is coerced. Fields the
 * record does not have are ignored, so that a client may send back the view it loaded (which carries
 * ids, versions and derived values beside the editable fields).
 */
public final class RecordBodies {

    private RecordBodies() {}

    public static <R extends Record> R read(JsonObject body, Class<R> type) {
        if (body == null) {
            throw InvalidInputException.of(
                    "body",
                    "Send the " + type.getSimpleName().replace("Input", "").toLowerCase() + " as JSON.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        R record = read(errors, "", body, type);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return record;
    }

    /**
     * The {@code versionLock} a change sends beside the record's fields (the version the editor
     * loaded, for optimistic locking), or a 400 asking for it.
     */
    public static long versionLock(JsonObject body, String what) {
        Long versionLock = optionalLong(body, "versionLock");
        if (versionLock == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the " + what + " you loaded.");
        }
        return versionLock;
    }

    /** A whole number beside the record's fields (a version, a participant id), null when absent; else a 400. */
    public static Long optionalLong(JsonObject body, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long value = body == null ? null : JsonScalars.longNumber(errors, name, body.get(name));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    /** The record, or null with its unreadable values in the errors (a nested record's as "outer.field"). */
    private static <R extends Record> R read(
            Map<String, String> errors, String prefix, JsonObject body, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = value(
                    errors,
                    prefix + component.getName(),
                    body.get(component.getName()),
                    component.getType(),
                    component.getGenericType());
        }
        return errors.size() > before ? null : RecordDraft.construct(type, types, values);
    }

    private static Object value(Map<String, String> errors, String field, JsonValue json, Class<?> type, Type generic) {
        if (Set.class.equals(type) || List.class.equals(type)) {
            return list(errors, field, json, Set.class.equals(type), elementType(generic));
        }
        if (type.isPrimitive()) {
            return primitive(errors, field, json, type);
        }
        if (JsonScalars.absent(json)) {
            return null;
        }
        if (type.isRecord()) {
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.put(field, "Send an object, not " + JsonScalars.kind(json) + ".");
                return null;
            }
            return read(errors, field + ".", json.asJsonObject(), type.asSubclass(Record.class));
        }
        if (type.isEnum()) {
            return code(errors, field, json, type);
        }
        if (String.class.equals(type)) {
            return JsonScalars.text(errors, field, json);
        }
        if (LocalDate.class.equals(type)) {
            return JsonScalars.date(errors, field, json);
        }
        if (Boolean.class.equals(type)) {
            return JsonScalars.yesNo(errors, field, json);
        }
        if (Integer.class.equals(type)) {
            return JsonScalars.wholeNumber(errors, field, json);
        }
        if (Long.class.equals(type)) {
            return JsonScalars.longNumber(errors, field, json);
        }
        if (BigDecimal.class.equals(type)) {
            return JsonScalars.decimal(errors, field, json);
        }
        throw new IllegalStateException("RecordBodies cannot read a " + type.getName() + " (" + field + ")");
    }

    /** A list or set: absent is empty; each item read as the element type; a null item is refused. */
    private static Collection<Object> list(
            Map<String, String> errors, String field, JsonValue json, boolean set, Class<?> element) {
        Collection<Object> result = set ? new LinkedHashSet<>() : new ArrayList<>();
        if (JsonScalars.absent(json)) {
            return result;
        }
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.put(field, "Send a list, not " + JsonScalars.kind(json) + ".");
            return result;
        }
        for (JsonValue item : json.asJsonArray()) {
            if (JsonScalars.absent(item)) {
                errors.put(field, "Leave no empty (null) items in the list.");
                continue;
            }
            Object parsed = value(errors, field, item, element, element);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    /** A primitive component: false when a yes/no is left out; a number is required. */
    private static Object primitive(Map<String, String> errors, String field, JsonValue json, Class<?> type) {
        boolean absent = JsonScalars.absent(json);
        if (type == boolean.class) {
            return absent ? Boolean.FALSE : JsonScalars.yesNo(errors, field, json);
        }
        if (absent) {
            errors.put(field, type == double.class ? "Enter a number." : "Enter a whole number.");
            return null;
        }
        if (type == int.class) {
            return JsonScalars.wholeNumber(errors, field, json);
        }
        if (type == long.class) {
            return JsonScalars.longNumber(errors, field, json);
        }
        if (type == double.class) {
            BigDecimal number = JsonScalars.decimal(errors, field, json);
            return number == null ? null : (Object) number.doubleValue();
        }
        throw new IllegalStateException("RecordBodies cannot read a " + type.getName() + " (" + field + ")");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object code(Map<String, String> errors, String field, JsonValue json, Class<?> type) {
        return JsonScalars.code(errors, field, json, (Class) type);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }
}

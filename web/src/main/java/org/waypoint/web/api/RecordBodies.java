package org.waypoint.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * InvalidValueException}); limits and required fields are the service's Bean Validation.
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
        if (body == null || !(body.get("versionLock") instanceof JsonNumber versionLock)) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the " + what + " you loaded.");
        }
        return versionLock.longValue();
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
            Collection<Object> result = Set.class.equals(type) ? new LinkedHashSet<>() : new ArrayList<>();
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                return result;
            }
            if (json.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.put(field, "Send a list.");
                return result;
            }
            Class<?> element = elementType(generic);
            for (JsonValue item : json.asJsonArray()) {
                Object parsed = value(errors, field, item, element, element);
                if (parsed != null) {
                    result.add(parsed);
                }
            }
            return result;
        }
        if (type.isPrimitive()) {
            return primitive(errors, field, json, type);
        }
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type.isRecord()) {
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.put(field, "Send an object.");
                return null;
            }
            return read(errors, field + ".", json.asJsonObject(), type.asSubclass(Record.class));
        }
        if (type.isEnum()) {
            return code(errors, field, text(json), type);
        }
        if (String.class.equals(type)) {
            return text(json);
        }
        if (LocalDate.class.equals(type)) {
            String text = text(json);
            if (text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                errors.put(field, "Use the form YYYY-MM-DD.");
                return null;
            }
        }
        if (Boolean.class.equals(type)) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            errors.put(field, "Answer true or false.");
            return null;
        }
        if (json instanceof JsonNumber number) {
            try {
                if (Integer.class.equals(type)) {
                    return number.intValueExact();
                }
                if (Long.class.equals(type)) {
                    return number.longValueExact();
                }
                if (BigDecimal.class.equals(type)) {
                    return number.bigDecimalValue();
                }
            } catch (ArithmeticException e) {
                errors.put(field, "Enter a whole number.");
                return null;
            }
        }
        errors.put(
                field,
                Integer.class.equals(type) || Long.class.equals(type) ? "Enter a whole number." : "Enter a number.");
        return null;
    }

    /** A primitive component: false when a yes/no is left out; a number is required. */
    private static Object primitive(Map<String, String> errors, String field, JsonValue json, Class<?> type) {
        boolean absent = json == null || json.getValueType() == JsonValue.ValueType.NULL;
        if (type == boolean.class) {
            return absent ? Boolean.FALSE : value(errors, field, json, Boolean.class, Boolean.class);
        }
        Class<?> boxed = type == int.class ? Integer.class : type == long.class ? Long.class : BigDecimal.class;
        if (absent) {
            errors.put(field, boxed == BigDecimal.class ? "Enter a number." : "Enter a whole number.");
            return null;
        }
        Object number = value(errors, field, json, boxed, boxed);
        return boxed == BigDecimal.class && number instanceof BigDecimal d ? (Object) d.doubleValue() : number;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object code(Map<String, String> errors, String field, String text, Class<?> type) {
        return Codes.code(errors, field, text, (Class) type);
    }

    private static String text(JsonValue json) {
        return json instanceof JsonString string ? string.getString() : json.toString();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }
}

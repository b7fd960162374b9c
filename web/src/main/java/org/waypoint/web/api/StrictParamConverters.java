package org.waypoint.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads numeric and yes/no query parameters strictly, naming the parameter when it cannot: the
 * runtime's own conversion answers {@code lwdaId=abc} or {@code max=99999999999} with a 404, and
 * reads {@code confirmDifferentPerson=yes} as false. Path parameters keep the runtime's conversion:
 * {@code /participants/abc} names no resource, and 404 is the right answer to it.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    private static final Set<Class<?>> WHOLE = Set.of(Long.class, long.class, Integer.class, int.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (WHOLE.contains(rawType)) {
            boolean isLong = rawType == Long.class || rawType == long.class;
            return (ParamConverter<T>) converter(text -> whole(name, text, isLong));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(text -> yesNo(name, text));
        }
        return null;
    }

    private static String queryParameter(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return null;
    }

    static Object whole(String name, String text, boolean isLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long min = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(
                    name,
                    text.trim().matches("[+-]?\\d+")
                            ? "Give a whole number between " + min + " and " + max + "."
                            : "Give a whole number.");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "Give a whole number between " + min + " and " + max + ".");
        }
        return isLong ? (Object) value : (Object) (int) value;
    }

    static Boolean yesNo(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, "Give true or false.");
        };
    }

    private static ParamConverter<Object> converter(Function<String, Object> read) {
        return new ParamConverter<>() {
            @Override
            public Object fromString(String value) {
                return read.apply(value);
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }
}

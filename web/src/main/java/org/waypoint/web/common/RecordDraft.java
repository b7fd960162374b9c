package org.waypoint.web.common;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.service.common.InvalidValueException;

/**
 * A service input record while staff type it: the page binds its fields by the record's own
 * component names ({@code #{view.form.lastName}}, through {@link RecordDraftELResolver}, which also
 * tells Faces each field's type), and the view turns it into the record when the user saves. So a
 * field added to the input appears in the page without a form class to copy it into; what was
 * typed stays in the draft when a save is refused.
 *
 * @param <R> the service input
 */
public final class RecordDraft<R extends Record> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<R> type;
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    private RecordDraft(Class<R> type) {
        this.type = type;
        for (RecordComponent component : type.getRecordComponents()) {
            values.put(component.getName(), emptyValue(component.getType()));
        }
    }

    /** An empty draft: every field null, every collection empty. */
    public static <R extends Record> RecordDraft<R> empty(Class<R> type) {
        return new RecordDraft<>(type);
    }

    /** A draft of a record as it is (a row of a document being edited). */
    public static <R extends Record> RecordDraft<R> of(R record) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) record.getClass();
        return from(type, record);
    }

    /**
     * A draft filled from another record (a view of the same thing): each component of the input
     * takes the value of the source's component of the same name and type, when it has one.
     */
    public static <R extends Record> RecordDraft<R> from(Class<R> type, Record source) {
        RecordDraft<R> draft = new RecordDraft<>(type);
        Map<String, RecordComponent> sourceComponents = new LinkedHashMap<>();
        for (RecordComponent component : source.getClass().getRecordComponents()) {
            sourceComponents.put(component.getName(), component);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            RecordComponent from = sourceComponents.get(component.getName());
            if (from != null && component.getType().isAssignableFrom(from.getType())) {
                draft.set(component.getName(), read(from, source));
            }
        }
        return draft;
    }

    public Object get(String field) {
        requireField(field);
        return values.get(field);
    }

    public void set(String field, Object value) {
        requireField(field);
        values.put(field, value);
    }

    /** Whether the input has this field (the EL resolver answers only for those). */
    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The declared type of a field, so Faces converts what the browser sends (enum, date, number). */
    public Class<?> typeOf(String field) {
        requireField(field);
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(field))
                .findFirst()
                .orElseThrow()
                .getType();
    }

    /** The record as it stands now; collections are copied, so the draft can go on changing. */
    public R toRecord() {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = copy(values.get(components[i].getName()), types[i]);
        }
        return construct(type, types, arguments);
    }

    /**
     * A record from its component values, through its canonical constructor. A value the record's
     * own check refuses ({@link InvalidValueException}) comes out as the input error pages and the
     * API answer with, naming the field; anything else the constructor throws comes out as it is.
     * Shared with the API's RecordBodies.
     */
    public static <R extends Record> R construct(Class<R> type, Class<?>[] types, Object[] arguments) {
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid.toInputError();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No canonical constructor of " + type.getName(), e);
        }
    }

    private void requireField(String field) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + field);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type.isPrimitive()) {
            return type == long.class ? 0L : type == double.class ? 0.0 : 0;
        }
        if (Set.class.equals(type)) {
            return new LinkedHashSet<>();
        }
        if (List.class.equals(type) || Collection.class.equals(type)) {
            return new ArrayList<>();
        }
        return null;
    }

    private static Object copy(Object value, Class<?> type) {
        if (value == null) {
            return emptyValue(type);
        }
        if (Set.class.equals(type) && value instanceof Collection<?> c) {
            return new LinkedHashSet<>(c);
        }
        if (List.class.equals(type) && value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return value;
    }

    private static Object read(RecordComponent component, Record source) {
        try {
            Object value = component.getAccessor().invoke(source);
            return value instanceof Collection<?> c ? copy(c, component.getType()) : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.waypoint.service.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The safety net under every service (issue 18): a failure that only the flush or the commit
 * found—Bean Validation on an entity, a unique index, a version check, a value the column cannot
 * hold—becomes the application exception the edge already answers (400 naming the field, 409),
 * however deeply the container and the JPA provider wrapped it. Services should still check their
 * input first (see {@link BeanValidation}); this keeps a missed check from becoming a 500.
 */
public final class StoreFailures {

    /** SQLState of a string too long for its column (H2 and PostgreSQL). */
    static final String TOO_LONG = "22001";

    /** SQLState of a number out of its column's range, numeric(p, s) overflow (H2 and PostgreSQL). */
    static final String OUT_OF_RANGE = "22003";

    private static final int MAX_DEPTH = 30;

    private StoreFailures() {}

    /** The application exception {@code failure} stands for, or null when it is none of these. */
    public static RuntimeException translate(Throwable failure) {
        ConstraintViolationException violations = find(failure, ConstraintViolationException.class);
        if (violations != null) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.getConstraintViolations().stream()
                    .sorted((a, b) -> a.getPropertyPath()
                            .toString()
                            .compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
            return errors.isEmpty() ? null : new InvalidInputException(errors);
        }
        Text duplicate = UniqueViolation.text(failure);
        if (duplicate != null) {
            return new DuplicateRecordException(duplicate);
        }
        if (find(failure, OptimisticLockException.class) != null) {
            return new ConcurrentChangeException(Text.of("common.thisRecord"), null);
        }
        SQLException sql = sqlState(failure, TOO_LONG, OUT_OF_RANGE);
        if (sql != null) {
            Text message = TOO_LONG.equals(sql.getSQLState())
                    ? Text.of("common.store.tooLong")
                    : Text.of("common.store.outOfRange");
            return InvalidInputException.of("value", message);
        }
        return null;
    }

    /** The first SQLException in the chain (batched ones included) with one of {@code states}. */
    static SQLException sqlState(Throwable failure, String... states) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (Throwable each : sql) {
                    if (each instanceof SQLException e) {
                        for (String state : states) {
                            if (state.equals(e.getSQLState())) {
                                return e;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** "register.input.firstName" (a method parameter path) becomes "firstName"; "objectives[0].<list element>" keeps its index. */
    private static String field(String path) {
        String clean = path.replace(".<list element>", "").replace(".<iterable element>", "");
        int dot = clean.lastIndexOf('.');
        return dot < 0 ? clean : clean.substring(dot + 1);
    }
}

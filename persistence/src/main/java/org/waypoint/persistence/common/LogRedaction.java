package org.waypoint.persistence.common;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a failure may go to the server log. A database refuses a row by quoting it: PostgreSQL's
 * "Key (ssn_hash)=(…) already exists" and "Failing row contains (…)", H2's "Value too long for column
 * FIRST_NAME: 'Ann…'" and "Numeric value out of range: 1E+15"; EclipseLink wraps those messages in its
 * own with the SQL call; parsers quote the text they could not read. A participant's name, income or
 * birth date must never reach the log that way, so the copy logged keeps every exception's class,
 * stack and the database's error codes (SQLState, vendor code) and drops the messages of the kinds
 * that quote input, and of any wrapper that repeats such a message.
 */
public final class LogRedaction {

    private static final Set<String> QUOTING_TYPES = Set.of(
            "org.eclipse.persistence.exceptions.DatabaseException",
            "org.eclipse.persistence.exceptions.ConversionException",
            "org.eclipse.persistence.exceptions.DescriptorException",
            "org.eclipse.persistence.exceptions.QueryException",
            "jakarta.persistence.PersistenceException",
            "jakarta.persistence.RollbackException",
            "jakarta.validation.ConstraintViolationException",
            "jakarta.json.bind.JsonbException",
            "jakarta.json.JsonException",
            "jakarta.json.stream.JsonParsingException",
            "java.lang.NumberFormatException",
            "java.time.format.DateTimeParseException",
            "java.time.DateTimeException");

    private LogRedaction() {}

    /** The failure as it may be logged: the same classes and stacks, without quoted values. */
    public static Throwable redact(Throwable failure) {
        if (failure == null) {
            return null;
        }
        List<Throwable> chain = chain(failure);
        List<String> quoting = new ArrayList<>();
        for (Throwable t : chain) {
            if (quotes(t) && t.getMessage() != null && !t.getMessage().isBlank()) {
                quoting.add(t.getMessage());
            }
        }
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable original = chain.get(i);
            RedactedFailure redacted = new RedactedFailure(
                    describe(original, quoting) + sqlState(chain.subList(i + 1, chain.size())), copy);
            redacted.setStackTrace(original.getStackTrace());
            copy = redacted;
        }
        return copy;
    }

    /**
     * The SQLState of a database error further down the chain, so that a log that prints only the
     * outermost exception (EclipseLink's, at WARNING) still says what the database refused.
     */
    private static String sqlState(List<Throwable> causes) {
        return causes.stream()
                .filter(SQLException.class::isInstance)
                .map(t -> " (database SQLState " + ((SQLException) t).getSQLState() + ")")
                .findFirst()
                .orElse("");
    }

    /** One line for a log message: the classes and database codes of the chain, no values. */
    public static String summary(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t : chain(failure)) {
            if (!line.isEmpty()) {
                line.append(" <- ");
            }
            line.append(describe(t, List.of()));
        }
        return line.toString();
    }

    /** The innermost cause in one line (its class, database codes and a message that quotes nothing). */
    public static String root(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return describe(chain.get(chain.size() - 1), List.of());
    }

    private static String describe(Throwable t, List<String> quoting) {
        StringBuilder text = new StringBuilder(t.getClass().getName());
        if (t instanceof SQLException sql) {
            text.append(" [SQLState ")
                    .append(sql.getSQLState())
                    .append(", vendor code ")
                    .append(sql.getErrorCode())
                    .append(']');
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return text.toString();
        }
        if (quotes(t) || quoting.stream().anyMatch(message::contains)) {
            return text.append(": (message withheld: it may quote case data)").toString();
        }
        return text.append(": ").append(message).toString();
    }

    private static boolean quotes(Throwable t) {
        if (t instanceof SQLException) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (QUOTING_TYPES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    /** The cause; for an SQLException without one, the next exception the driver chained. */
    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    /** A logged stand-in for one exception of the chain. */
    static final class RedactedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedactedFailure(String description, Throwable cause) {
            super(description, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}

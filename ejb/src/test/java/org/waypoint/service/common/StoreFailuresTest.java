package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What reaches the edge when only the flush or the commit noticed bad input or a lost race (issue
 * 18): the field's name or a 409 in words, however deeply the container wrapped the database's answer.
 */
class StoreFailuresTest {

    /** A violation as the provider reports it at flush; only the path and the message are read. */
    private static ConstraintViolation<?> violation(String path, String message) {
        Path property = (Path) Proxy.newProxyInstance(
                Path.class.getClassLoader(),
                new Class<?>[] {Path.class},
                (proxy, method, args) -> method.getName().equals("toString") ? path : null);
        return (ConstraintViolation<?>) Proxy.newProxyInstance(
                ConstraintViolation.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> property;
                    case "getMessage" -> message;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void beanValidationAtFlushNamesTheField() {
        Throwable failure = new RollbackException(
                "commit",
                new ConstraintViolationException(Set.of(violation("firstName", "size must be between 0 and 60"))));

        RuntimeException translated = StoreFailures.translate(failure);

        assertThat(translated).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) translated).getFieldErrors()).containsOnlyKeys("firstName");
    }

    @Test
    void aUniqueViolationAtCommitIsAConflictInWords() {
        SQLException postgres = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_follow_up_enrollment\"", "23505");
        Throwable failure = new RollbackException("commit", new PersistenceException(new RuntimeException(postgres)));

        RuntimeException translated = StoreFailures.translate(failure);

        assertThat(translated).isInstanceOf(DuplicateRecordException.class);
        assertThat(translated.getMessage()).startsWith("Follow-up for this enrollment");
    }

    @Test
    void anUnknownUniqueIndexStillAnswersAConflict() {
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.PK_WAGE_RECORD\"", "23505");
        assertThat(StoreFailures.translate(new PersistenceException(h2)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessage(UniqueViolation.ALREADY_EXISTS);
    }

    @Test
    void aVersionCheckDeepInTheChainIsAConcurrentChange() {
        Throwable failure = new RollbackException(new PersistenceException(new OptimisticLockException("stale")));
        assertThat(StoreFailures.translate(failure)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anOverflowingNumberIsBadInputNotAServerError() {
        SQLException overflow = new SQLException("numeric field overflow", "22003");
        assertThat(StoreFailures.translate(new PersistenceException(overflow)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anythingElseIsLeftAlone() {
        assertThat(StoreFailures.translate(new IllegalStateException("bug"))).isNull();
        assertThat(StoreFailures.translate(new PersistenceException(new SQLException("gone", "08006"))))
                .isNull();
    }
}

package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Participant;

/** The database's answer to a registration that lost a race (issue 11, defect B), as each vendor words it. */
class UniqueViolationTest {

    private static final SQLException H2 = new SQLException(
            "Unique index or primary key violation: \"PUBLIC.UQ_PARTICIPANT_SSN_HASH ON PUBLIC.PARTICIPANT(SSN_HASH"
                    + " NULLS FIRST) VALUES ( /* 3 */ 'abc' )\"; SQL statement: INSERT INTO participant ...",
            "23505",
            23505);
    private static final SQLException POSTGRES = new SQLException(
            "ERROR: duplicate key value violates unique constraint \"uq_participant_identity_key\"\n"
                    + "  Detail: Key (identity_key)=(lee|ann|1990-01-01) already exists.",
            "23505");

    @Test
    void h2NamesTheIndexInUpperCase() {
        PersistenceException failure = new PersistenceException("flush failed", new RuntimeException(H2));
        assertThat(UniqueViolation.of(failure, Participant.SSN_UNIQUE)).isTrue();
        assertThat(UniqueViolation.of(failure, Participant.IDENTITY_KEY_UNIQUE)).isFalse();
    }

    @Test
    void postgresNamesItAsAConstraint() {
        PersistenceException failure = new PersistenceException(POSTGRES);
        assertThat(UniqueViolation.of(failure, Participant.IDENTITY_KEY_UNIQUE)).isTrue();
        assertThat(UniqueViolation.of(failure, Participant.SSN_UNIQUE)).isFalse();
    }

    @Test
    void aBatchCarriesTheRefusalAsItsNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(POSTGRES);
        assertThat(UniqueViolation.of(new PersistenceException(batch), Participant.IDENTITY_KEY_UNIQUE))
                .isTrue();
    }

    @Test
    void anotherFailureIsNotMistakenForIt() {
        SQLException notNull = new SQLException("NULL not allowed for column \"UQ_PARTICIPANT_SSN_HASH\"", "23502");
        assertThat(UniqueViolation.of(new PersistenceException(notNull), Participant.SSN_UNIQUE))
                .isFalse();
        assertThat(UniqueViolation.of(new PersistenceException("no SQL at all"), Participant.SSN_UNIQUE))
                .isFalse();
    }
}

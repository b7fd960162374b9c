package db.migration.common;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.waypoint.persistence.participant.DuplicateSsnCheck;

/**
 * Issue 11, defect B: one participant per SSN, enforced by the database with a unique index on the
 * keyed hash {@code ssn_hash} (participants without an SSN, NULL, are not affected). Registration
 * checked with a SELECT before inserting, so two registrations sent at once could both be saved.
 *
 * <p>Java, to report what stands in the way instead of failing on the index: while an SSN is
 * registered more than once the upgrade stops naming the participant numbers concerned, and nothing
 * is changed ({@link DuplicateSsnCheck}, which Waypoint also runs before this migration starts).
 * Flyway finds this class in the location db/migration/common, like the SQL migrations.
 */
public class V12__Unique_participant_ssn extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DuplicateSsnCheck.requireNone(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("DROP INDEX ix_participant_ssn_hash");
            statement.execute("CREATE UNIQUE INDEX uq_participant_ssn_hash ON participant (ssn_hash)");
        }
    }
}

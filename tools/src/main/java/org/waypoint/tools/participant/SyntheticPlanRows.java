package org.waypoint.tools.participant;

import static org.waypoint.tools.participant.SyntheticColumns.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.tools.participant.SyntheticPerson.PlanReviewRow;
import org.waypoint.tools.participant.SyntheticPerson.PlanRow;
import org.waypoint.tools.participant.SyntheticPerson.PlanVersionRow;

/**
 * Writes the plans of {@link SyntheticPlans} with one JDBC batch per table, as the entities Plan,
 * PlanVersion, PlanSignature and PlanReview would be written by PlanService: the plan in the
 * participant's LWDA and its state, created and changed by the case manager (the {@code author} the
 * notes have), both signatures of a signed version at the moment of signing, typed with consent,
 * recorded by the case manager. {@link SyntheticRows} queues and sends them after the participant.
 */
final class SyntheticPlanRows implements AutoCloseable {

    private static final String TYPED = "TYPED";

    private final SequenceIds ids;
    private final PreparedStatement plan;
    private final PreparedStatement version;
    private final PreparedStatement signature;
    private final PreparedStatement review;
    private final List<PreparedStatement> inOrder;

    private long plans;

    SyntheticPlanRows(Connection connection, SequenceIds ids) throws SQLException {
        this.ids = ids;
        plan = connection.prepareStatement("INSERT INTO plan (id, participant_id, lwda_id, kind, state_code,"
                + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        version = connection.prepareStatement("INSERT INTO plan_version (id, plan_id, number, content, status,"
                + " changed_by, changed_at, signed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        signature = connection.prepareStatement("INSERT INTO plan_signature (id, plan_version_id, signer_role,"
                + " signer_name, method, drawing, consent, signed_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        review = connection.prepareStatement(
                "INSERT INTO plan_review (id, plan_id, version_number, reviewed_on,"
                        + " progress, changes, reviewed_by, recorded_at, objective_progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        inOrder = List.of(plan, version, signature, review);
    }

    /** Queues the plan of the participant {@code participantId}, if {@code p} has one. */
    void add(SyntheticPerson p, long participantId) throws SQLException {
        PlanRow row = p.plan;
        if (row == null) {
            return;
        }
        String staff = p.staffName();
        long planId = ids.next();
        plan.setLong(1, planId);
        plan.setLong(2, participantId);
        plan.setLong(3, p.lwdaId);
        plan.setString(4, row.kind().name());
        plan.setString(5, p.stateCode);
        plan.setString(6, staff);
        setInstant(plan, 7, row.createdAt());
        // never updated after it is persisted: its versions change, not the plan
        plan.setLong(8, 1);
        plan.addBatch();
        for (PlanVersionRow v : row.versions()) {
            long versionId = ids.next();
            version.setLong(1, versionId);
            version.setLong(2, planId);
            version.setInt(3, v.number());
            version.setString(4, v.content());
            version.setString(5, v.signed() ? PlanVersion.SIGNED : PlanVersion.DRAFT);
            version.setString(6, staff);
            setInstant(version, 7, v.changedAt());
            if (v.signed()) {
                setInstant(version, 8, v.signedAt());
            } else {
                version.setNull(8, Types.TIMESTAMP);
            }
            version.setLong(9, v.lock());
            version.addBatch();
            if (v.signed()) {
                sign(versionId, PlanSignature.PARTICIPANT, p.firstName + " " + p.lastName, v.signedAt(), staff);
                sign(versionId, PlanSignature.STAFF, p.staffSigner(), v.signedAt(), staff);
            }
        }
        for (PlanReviewRow r : row.reviews()) {
            review.setLong(1, ids.next());
            review.setLong(2, planId);
            review.setInt(3, r.versionNumber());
            review.setObject(4, r.reviewedOn());
            review.setString(5, r.progress());
            review.setString(6, r.changes());
            review.setString(7, staff);
            setInstant(review, 8, r.recordedAt());
            review.setString(9, r.objectiveProgress());
            review.addBatch();
        }
        plans++;
    }

    private void sign(long versionId, String role, String name, Instant at, String staff) throws SQLException {
        signature.setLong(1, ids.next());
        signature.setLong(2, versionId);
        signature.setString(3, role);
        signature.setString(4, name);
        signature.setString(5, TYPED);
        signature.setNull(6, Types.VARCHAR);
        signature.setBoolean(7, true);
        setInstant(signature, 8, at);
        signature.setString(9, staff);
        signature.addBatch();
    }

    /** Sends the queued rows, parents before children; after the participants' batches. */
    void flush() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
    }

    void clear() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.clearBatch();
        }
    }

    long plans() {
        return plans;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.close();
        }
    }
}

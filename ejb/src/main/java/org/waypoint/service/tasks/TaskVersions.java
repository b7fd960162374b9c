package org.waypoint.service.tasks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.waypoint.persistence.tasks.TaskChanges;

/**
 * Marks case managers' task lists changed: raises {@code staff_account.tasks_version} in the
 * caller's transaction, so that the change is seen at its commit by every server that keeps a list
 * ({@link TaskListCache}). Every write that can change what a task list shows calls one of these:
 * a participant's plans, reviews, signatures, enrollments, services, exits, follow-ups, contacts,
 * determinations, trainings and case manager, and supportive-service decisions (for who asked).
 * Writes through the entities are found by {@code TaskChangeListener} and raised by the audit
 * interceptor after each service call; writes in plain SQL call these themselves.
 */
public final class TaskVersions {

    private static final int CHUNK = 500;

    private TaskVersions() {}

    /**
     * What a transaction's writes changed, as {@link TaskChanges} collected it: the participants'
     * case managers are looked up first (no lock), then every counter is raised in one statement in
     * id order, so two transactions raising the same counters never wait on each other crosswise.
     */
    public static void changed(EntityManager em, TaskChanges changes) {
        if (changes.all()) {
            allChanged(em);
            return;
        }
        Set<Long> staff = new TreeSet<>(changes.staff());
        staff.addAll(caseManagersOf(em, changes.participants()));
        staffChanged(em, staff);
    }

    /**
     * Every list: reference data that every list reads changed, or a job wrote participants' records
     * past the entities (the nightly exit job).
     */
    public static void allChanged(EntityManager em) {
        em.createNativeQuery("UPDATE staff_account SET tasks_version = tasks_version + 1")
                .executeUpdate();
    }

    /** The lists of the case manager of each participant (those with one). */
    public static void participantsChanged(EntityManager em, Collection<Long> participantIds) {
        staffChanged(em, caseManagersOf(em, participantIds));
    }

    /** The list of the participant's case manager. */
    public static void participantChanged(EntityManager em, long participantId) {
        participantsChanged(em, List.of(participantId));
    }

    /** The lists of these staff accounts (case managers, or whoever asked for a supportive service). */
    public static void staffChanged(EntityManager em, Collection<Long> staffIds) {
        List<Long> all = new TreeSet<>(
                        staffIds.stream().filter(Objects::nonNull).toList())
                .stream().toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Query query =
                    em.createNativeQuery("UPDATE staff_account SET tasks_version = tasks_version + 1 WHERE id IN ("
                            + placeholders(chunk.size()) + ")");
            bind(query, chunk).executeUpdate();
        }
    }

    /** The case managers of these participants (those with one). */
    private static Set<Long> caseManagersOf(EntityManager em, Collection<Long> participantIds) {
        List<Long> all =
                participantIds.stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> found = new TreeSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Query query = em.createNativeQuery("SELECT DISTINCT p.case_manager_id FROM participant p WHERE p.id IN ("
                    + placeholders(chunk.size()) + ") AND p.case_manager_id IS NOT NULL");
            for (Object id : bind(query, chunk).getResultList()) {
                found.add(((Number) id).longValue());
            }
        }
        return found;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Query bind(Query query, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}

package org.waypoint.persistence.tasks;

import java.util.LinkedHashSet;
import java.util.Set;
import org.waypoint.persistence.common.TransactionResources;

/**
 * The participants and staff whose task lists a transaction's writes have changed so far, kept on
 * the transaction by {@link TaskChangeListener} as EclipseLink writes, and taken by the service
 * layer (the audit interceptor) to raise those case managers' list versions in the same
 * transaction. {@code all} is set by a change to reference data every list reads (a state's review
 * interval or common exit, a service code's exit-clock flags).
 */
public final class TaskChanges {

    private static final String KEY = TaskChanges.class.getName();

    private final Set<Long> participants = new LinkedHashSet<>();
    private final Set<Long> staff = new LinkedHashSet<>();
    private boolean all;

    public Set<Long> participants() {
        return participants;
    }

    public Set<Long> staff() {
        return staff;
    }

    public boolean all() {
        return all;
    }

    public boolean isEmpty() {
        return !all && participants.isEmpty() && staff.isEmpty();
    }

    public void clear() {
        participants.clear();
        staff.clear();
        all = false;
    }

    void markAll() {
        all = true;
    }

    /** The current transaction's changes, or null outside an active container transaction. */
    public static TaskChanges current() {
        return (TaskChanges) TransactionResources.get(KEY);
    }

    /** The current transaction's changes, made on first use; null outside a container transaction. */
    static TaskChanges forWriting() {
        return TransactionResources.getOrPut(KEY, TaskChanges::new);
    }
}

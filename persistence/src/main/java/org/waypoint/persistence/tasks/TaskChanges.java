package org.waypoint.persistence.tasks;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        return (TaskChanges) registry.getResource(KEY);
    }

    /** The current transaction's changes, made on first use; null outside a container transaction. */
    static TaskChanges forWriting() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        TaskChanges changes = (TaskChanges) registry.getResource(KEY);
        if (changes == null) {
            changes = new TaskChanges();
            registry.putResource(KEY, changes);
        }
        return changes;
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }
}

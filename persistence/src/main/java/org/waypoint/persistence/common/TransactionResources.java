package org.waypoint.persistence.common;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the entity listeners keep on the current container transaction (the audit's pending
 * changes, the task lists' changes), through the transaction synchronization registry.
 */
public final class TransactionResources {

    private TransactionResources() {}

    /** The resource under {@code key}, or null when there is none or no active container transaction. */
    public static Object get(String key) {
        TransactionSynchronizationRegistry registry = registry();
        return registry == null ? null : registry.getResource(key);
    }

    /** The resource under {@code key}, made on first use; null outside an active container transaction. */
    @SuppressWarnings("unchecked")
    public static <T> T getOrPut(String key, Supplier<T> made) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null) {
            return null;
        }
        T resource = (T) registry.getResource(key);
        if (resource == null) {
            resource = made.get();
            registry.putResource(key, resource);
        }
        return resource;
    }

    /** The registry while a container transaction is active, else null. */
    private static TransactionSynchronizationRegistry registry() {
        try {
            TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            return registry.getTransactionStatus() == Status.STATUS_ACTIVE ? registry : null;
        } catch (NamingException e) {
            return null;
        }
    }
}

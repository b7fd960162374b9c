package org.waypoint.web.common;

import jakarta.ejb.EJBException;

/**
 * What a service call really failed with. The EJB container wraps a service's own exception in an
 * {@link EJBException} (a {@code TransactionRolledbackLocalException} when it rolled the
 * transaction back); the pages, file downloads and the API answer by the exception inside. The
 * container's own refusal of the caller's role is an {@code EJBException} too on WildFly, and is
 * kept as it is ({@link CallerRefusal}).
 */
public final class ServiceFailure {

    private ServiceFailure() {}

    public static Throwable cause(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && !CallerRefusal.is(current) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

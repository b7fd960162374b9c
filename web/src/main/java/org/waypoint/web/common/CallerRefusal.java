package org.waypoint.web.common;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/**
 * The EJB container's refusal of a call the caller's role may not make ({@code @RolesAllowed}):
 * WildFly throws {@link EJBAccessException}, Payara and GlassFish {@link AccessLocalException} for
 * the same local call. Pages and the API answer both as "your role may not do this" (403).
 */
public final class CallerRefusal {

    private CallerRefusal() {}

    public static boolean is(Throwable failure) {
        return failure instanceof EJBAccessException || failure instanceof AccessLocalException;
    }
}

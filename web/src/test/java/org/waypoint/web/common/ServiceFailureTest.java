package org.waypoint.web.common;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionRolledbackLocalException;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.NotFoundException;

/** The pages, file downloads and the API answer by what the service threw, not by the container's wrapper. */
class ServiceFailureTest {

    @Test
    void theServicesOwnExceptionIsFoundUnderTheContainersWrappers() {
        NotFoundException own = new NotFoundException("Participant 7 does not exist.");
        assertSame(own, ServiceFailure.cause(new EJBException(own)));
        assertSame(
                own,
                ServiceFailure.cause(new TransactionRolledbackLocalException("rolled back", new EJBException(own))));
        assertSame(own, ServiceFailure.cause(own));
    }

    @Test
    void aRoleRefusalIsKeptOnEitherServer() {
        EJBAccessException wildfly = new EJBAccessException("WFLYEJB0364");
        wildfly.initCause(new IllegalStateException("inner"));
        assertSame(wildfly, ServiceFailure.cause(wildfly));
        assertTrue(CallerRefusal.is(ServiceFailure.cause(new EJBException(wildfly))));
        AccessLocalException payara = new AccessLocalException("Client not authorized");
        assertSame(payara, ServiceFailure.cause(payara));
    }
}

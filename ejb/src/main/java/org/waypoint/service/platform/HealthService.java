package org.waypoint.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Answers whether Waypoint can serve: the database answers a query and the schema is migrated. */
@Stateless
@PermitAll
public class HealthService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    /** The result of one check, without any detail that would help an attacker. */
    public record Health(boolean up, boolean databaseUp, String database, String schemaVersion)
            implements java.io.Serializable {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Health check() {
        boolean databaseUp;
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            databaseUp = true;
        } catch (RuntimeException e) {
            databaseUp = false;
        }
        return new Health(databaseUp, databaseUp, migrator.getDatabaseProduct(), migrator.getSchemaVersion());
    }
}

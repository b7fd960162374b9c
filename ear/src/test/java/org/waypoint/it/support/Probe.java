package org.waypoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.tasks.TaskChanges;
import org.waypoint.service.tasks.TaskVersions;

/** Looks at the database behind the services' backs, for assertions a service would not offer. */
@Stateless
@PermitAll
public class Probe {

    @PersistenceContext
    private EntityManager em;

    public EntityManager entityManager() {
        return em;
    }

    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    public List<?> nativeList(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nativeUpdate(String sql) {
        int rows = em.createNativeQuery(sql).executeUpdate();
        // Plain SQL goes past the entities, so it marks the task lists changed as the exit job's does.
        TaskVersions.allChanged(em);
        return rows;
    }

    /** Changes entities in a transaction of its own, as another service would (the audit trail sees it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inTransaction(java.util.function.Consumer<EntityManager> work) {
        work.accept(em);
        em.flush();
        // The services' interceptor raises the task list versions after each call; this is no service.
        TaskChanges changes = TaskChanges.current();
        if (changes != null && !changes.isEmpty()) {
            TaskVersions.changed(em, changes);
            changes.clear();
        }
    }

    public Long participantId(String number) {
        return em.createQuery("SELECT p.id FROM Participant p WHERE p.participantNumber = :n", Long.class)
                .setParameter("n", number)
                .getSingleResult();
    }

    public long participantVersion(String number) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.participantNumber = :n", Participant.class)
                .setParameter("n", number)
                .getSingleResult()
                .getVersion();
    }

    public boolean isPostgres() {
        return em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class)
                .getServerSession()
                .getPlatform()
                .isPostgreSQL();
    }

    /** Tries to delete an audit row through JPA, as any application code would. */
    public void removeAuditEntry(long id) {
        em.remove(em.find(org.waypoint.persistence.audit.AuditEntry.class, id));
        em.flush();
    }
}

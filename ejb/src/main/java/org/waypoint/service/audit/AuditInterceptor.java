package org.waypoint.service.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import org.waypoint.persistence.audit.AuditDescriptorListener;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.audit.PendingAudit;
import org.waypoint.persistence.tasks.TaskChanges;
import org.waypoint.service.tasks.TaskVersions;

/**
 * Bound to every EJB (ejb-jar.xml). After the business method, flushes the persistence context so
 * that EclipseLink reports each change to {@link AuditDescriptorListener}, then writes those changes
 * as audit rows stamped with the caller, in the same transaction: a change and its audit row commit
 * or roll back together. The same flush tells {@link TaskChanges} whose task lists changed, and
 * their versions are raised here too ({@link TaskVersions}), so a cached list is never read past a
 * write's commit.
 */
public class AuditInterceptor {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private EJBContext context;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object writeAudit(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE || registry.getRollbackOnly()) {
            return result;
        }
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        @SuppressWarnings("unchecked")
        List<PendingAudit> pending = (List<PendingAudit>) registry.getResource(AuditDescriptorListener.PENDING_KEY);
        if (pending != null && !pending.isEmpty()) {
            String actor = context.getCallerPrincipal().getName();
            Instant now = Instant.now();
            for (PendingAudit change : List.copyOf(pending)) {
                em.persist(new AuditEntry(
                        now,
                        actor,
                        change.action(),
                        change.entityType(),
                        change.entityId(),
                        change.lwdaId(),
                        change.changes()));
            }
            pending.clear();
            em.flush();
        }
        TaskChanges tasks = TaskChanges.current();
        if (tasks != null && !tasks.isEmpty()) {
            TaskVersions.changed(em, tasks);
            tasks.clear();
        }
        return result;
    }
}

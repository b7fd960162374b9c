package org.waypoint.persistence.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.waypoint.persistence.common.AuditIgnored;
import org.waypoint.persistence.common.AuditMasked;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.common.ChangeSets;
import org.waypoint.persistence.common.TransactionResources;

/**
 * Sees every insert, update and delete of an {@link Auditable} entity as EclipseLink writes it,
 * with the exact fields it changed (EclipseLink's own change set, so nothing is loaded to compute
 * it), and queues a {@link PendingAudit} on the current transaction. The service layer's audit
 * interceptor writes the queue with the caller's name before the transaction commits.
 */
public class AuditDescriptorListener extends DescriptorEventAdapter {

    /** Key of the pending list in the transaction synchronization registry. */
    public static final String PENDING_KEY = AuditDescriptorListener.class.getName() + ".pending";

    private static final int MAX_VALUE_LENGTH = 500;

    /** Where changes go when there is no container transaction (the persistence module's own tests). */
    private static volatile java.util.function.Consumer<PendingAudit> outsideContainerSink;

    /** Sends changes to {@code sink} instead of the transaction's queue; null restores the queue. */
    public static void sendOutsideContainerTo(java.util.function.Consumer<PendingAudit> sink) {
        outsideContainerSink = sink;
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        JsonObjectBuilder changes = Json.createObjectBuilder();
        Object object = event.getObject();
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            if (!mapping.isDirectToFieldMapping() && !mapping.isObjectReferenceMapping()) {
                continue;
            }
            if (isSkipped(object.getClass(), mapping.getAttributeName())) {
                continue;
            }
            Object value = mapping.getRealAttributeValueFromObject(object, (AbstractSession) event.getSession());
            if (value == null) {
                continue;
            }
            if (isMasked(object.getClass(), mapping.getAttributeName())) {
                changes.add(
                        mapping.getAttributeName(), Json.createObjectBuilder().add("set", true));
            } else {
                changes.add(
                        mapping.getAttributeName(),
                        Json.createObjectBuilder().add("to", render(referenceId(event, mapping, value))));
            }
        }
        queue(AuditAction.CREATE, (Auditable) object, changes.build().toString());
    }

    /** EclipseLink hands over the change set only here, just before it writes the UPDATE. */
    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changeSet = ChangeSets.of(event);
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        Object object = event.getObject();
        JsonObjectBuilder changes = Json.createObjectBuilder();
        boolean any = false;
        for (ChangeRecord record : changeSet.getChanges()) {
            String attribute = record.getAttribute();
            if (isSkipped(object.getClass(), attribute)) {
                continue;
            }
            any = true;
            if (isMasked(object.getClass(), attribute)) {
                changes.add(attribute, Json.createObjectBuilder().add("changed", true));
                continue;
            }
            if (record instanceof DirectCollectionChangeRecord || record instanceof CollectionChangeRecord) {
                changes.add(attribute, collectionChange(record));
                continue;
            }
            JsonObjectBuilder change = Json.createObjectBuilder();
            Object newValue = record instanceof DirectToFieldChangeRecord direct
                    ? direct.getNewValue()
                    : currentValue(event, attribute);
            Object oldValue = record.getOldValue();
            // the former reference as the new one is written: its audit name (a user name), else its id
            if (oldValue instanceof ObjectChangeSet oldSet) {
                Object former = oldSet instanceof org.eclipse.persistence.internal.sessions.ObjectChangeSet internal
                        ? internal.getUnitOfWorkClone()
                        : null;
                oldValue = former instanceof Auditable auditable ? auditable.auditId() : oldSet.getId();
            } else if (oldValue instanceof Auditable auditable) {
                oldValue = auditable.auditId();
            } else if (oldValue != null && event.getSession().getDescriptor(oldValue.getClass()) != null) {
                oldValue = event.getSession().getId(oldValue);
            }
            change.add("from", render(oldValue));
            change.add("to", render(newValue));
            changes.add(attribute, change);
        }
        if (any) {
            queue(AuditAction.UPDATE, (Auditable) object, changes.build().toString());
        }
    }

    /**
     * A list (an element collection such as a participant's barriers, or the entities a record holds)
     * as what was added and what was removed: the old list with no new one read as the list wiped.
     */
    private static JsonObjectBuilder collectionChange(ChangeRecord record) {
        Collection<?> added;
        Collection<?> removed;
        if (record instanceof DirectCollectionChangeRecord direct) {
            added = direct.getAddObjectList();
            removed = direct.getRemoveObjectList();
        } else {
            CollectionChangeRecord entities = (CollectionChangeRecord) record;
            added = entities.getAddObjectList().keySet();
            removed = entities.getRemoveObjectList().keySet();
        }
        return Json.createObjectBuilder().add("added", items(added)).add("removed", items(removed));
    }

    private static JsonArrayBuilder items(Collection<?> values) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        values.stream()
                .map(v -> v instanceof ObjectChangeSet set ? set.getId() : v)
                .map(AuditDescriptorListener::render)
                .sorted()
                .forEach(items::add);
        return items;
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        queue(AuditAction.DELETE, (Auditable) event.getObject(), "{}");
    }

    private static Object currentValue(DescriptorEvent event, String attribute) {
        DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(attribute);
        if (mapping == null) {
            return null;
        }
        Object value = mapping.getRealAttributeValueFromObject(event.getObject(), (AbstractSession) event.getSession());
        return referenceId(event, mapping, value);
    }

    /** A reference to another entity is audited as that entity's identifier, not its toString. */
    private static Object referenceId(DescriptorEvent event, DatabaseMapping mapping, Object value) {
        if (value != null && mapping instanceof ObjectReferenceMapping) {
            if (value instanceof Auditable auditable) {
                return auditable.auditId();
            }
            return event.getSession().getId(value);
        }
        if (value != null && mapping.isCollectionMapping()) {
            return null;
        }
        return value;
    }

    private static String render(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof byte[] ? "(binary)" : String.valueOf(value);
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    private static boolean isSkipped(Class<?> type, String attribute) {
        return "version".equals(attribute)
                || attribute.startsWith("_persistence")
                || hasAnnotation(type, attribute, AuditIgnored.class);
    }

    static boolean isMasked(Class<?> type, String attribute) {
        return hasAnnotation(type, attribute, AuditMasked.class);
    }

    private static boolean hasAnnotation(
            Class<?> type, String attribute, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                return field.isAnnotationPresent(annotation);
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        return false;
    }

    private static void queue(AuditAction action, Auditable entity, String changes) {
        PendingAudit change = new PendingAudit(
                action,
                entity.getClass().getSimpleName(),
                String.valueOf(entity.auditId()),
                entity.auditLwdaId(),
                changes);
        java.util.function.Consumer<PendingAudit> sink = outsideContainerSink;
        if (sink != null) {
            sink.accept(change);
            return;
        }
        List<PendingAudit> pending = TransactionResources.getOrPut(PENDING_KEY, ArrayList::new);
        if (pending == null) {
            return;
        }
        pending.add(change);
    }
}

package org.waypoint.persistence.tasks;

import java.util.List;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.waypoint.persistence.common.ChangeSets;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;

/**
 * Attached to every entity (the session customizer): each insert, update and delete of a record
 * that belongs to a participant (directly, or through its plan, enrollment, follow-up period or
 * training) marks that participant's case manager's task list changed; a participant's change of
 * case manager marks the former one's too; a supportive service marks who asked for it (the
 * "approvals decided" list is theirs). Erring on the side of too many: a case note also marks its
 * participant, which costs one list read, while a missed kind of record would leave a list stale.
 */
public class TaskChangeListener extends DescriptorEventAdapter {

    /** The references followed to a participant, in order, up to two steps (a plan version's plan). */
    private static final List<String> TOWARD_PARTICIPANT =
            List.of("participant", "plan", "enrollment", "followUp", "training");

    /** References to staff whose own lists the record is on, besides its participant's case manager. */
    private static final List<String> STAFF = List.of("requestedBy");

    @Override
    public void postInsert(DescriptorEvent event) {
        record(event, null);
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changeSet = ChangeSets.of(event);
        if (changeSet != null && changeSet.hasChanges()) {
            record(event, changeSet);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        record(event, null);
    }

    private static void record(DescriptorEvent event, ObjectChangeSet changeSet) {
        Object object = event.getObject();
        TaskChanges changes = TaskChanges.forWriting();
        if (changes == null) {
            return;
        }
        if (object instanceof StateProfile || object instanceof ServiceCode) {
            changes.markAll();
            return;
        }
        AbstractSession session = (AbstractSession) event.getSession();
        Long participant = participantOf(object, session, 2);
        if (participant != null) {
            changes.participants().add(participant);
        }
        for (String name : STAFF) {
            Object staff = reference(object, name, session);
            if (staff != null) {
                changes.staff().add((Long) session.getId(staff));
            }
        }
        if (changeSet != null && object instanceof Participant) {
            ChangeRecord caseManager = changeSet.getChangesForAttributeNamed("caseManager");
            Object former = caseManager == null ? null : caseManager.getOldValue();
            if (former instanceof ObjectChangeSet formerSet) {
                changes.staff().add((Long) formerSet.getId());
            } else if (former != null) {
                changes.staff().add((Long) session.getId(former));
            }
        }
    }

    private static Long participantOf(Object object, AbstractSession session, int steps) {
        if (object instanceof Participant participant) {
            return participant.getId();
        }
        if (steps == 0) {
            return null;
        }
        for (String name : TOWARD_PARTICIPANT) {
            Object target = reference(object, name, session);
            if (target != null) {
                return participantOf(target, session, steps - 1);
            }
        }
        return null;
    }

    private static Object reference(Object object, String attribute, AbstractSession session) {
        DatabaseMapping mapping = session.getDescriptor(object.getClass()).getMappingForAttributeName(attribute);
        if (!(mapping instanceof ObjectReferenceMapping)) {
            return null;
        }
        return mapping.getRealAttributeValueFromObject(object, session);
    }
}

package org.waypoint.service.monitoring;

import org.waypoint.persistence.monitoring.ItemResult;

/**
 * A checklist item as the rules build it: the question with its citation, and what the records show
 * (a suggested result and the evidence read), or a null suggestion when only the monitor can judge.
 */
public record ChecklistItemDraft(
        String code, String question, String citation, ItemResult suggested, String evidence) {}

package org.waypoint.service.monitoring;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.waypoint.persistence.monitoring.ItemResult;

/**
 * The monitor's result of a checklist item: a finding needs a comment and the corrective action's
 * due date. {@code version} is the item's version the monitor loaded (optimistic locking).
 */
public record ItemInput(ItemResult result, @Size(max = 2000) String comment, LocalDate dueDate, Long version) {}

package org.waypoint.service.services;

import java.io.Serializable;

/**
 * One row of quick entry: a service for one participant. A case manager who saw several people
 * today enters one row each and saves them together.
 */
public record ServiceEntryRow(Long participantId, ServiceRecordInput service) implements Serializable {}

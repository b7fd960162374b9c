package org.waypoint.service.tasks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A case manager's task list as of a day: the case manager it is for (null when an LWDA admin has
 * not chosen one), the total, one section per category, and for an LWDA admin the counts of every
 * case manager of the LWDA.
 */
public record TaskList(
        String caseManager,
        String caseManagerName,
        LocalDate asOf,
        int total,
        List<TaskSection> sections,
        List<CaseManagerCounts> caseManagers)
        implements Serializable {}

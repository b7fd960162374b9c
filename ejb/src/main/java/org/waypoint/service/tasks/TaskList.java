package org.waypoint.service.tasks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A case manager's task list as of a day: the case manager it is for (null when an LWDA admin has
 * not chosen one), the total, one section per category, and for an LWDA admin the counts of every
 * case manager of the LWDA.
 *
 * <p>Its hash code is the header's alone (equal lists still hash alike): JSON-B (Yasson) puts every
 * object it writes in a hash set to catch cycles, and a record's own hash code would walk all the
 * items again for the list and for each section, a quarter of a request's time in the profile.
 */
public record TaskList(
        String caseManager,
        String caseManagerName,
        LocalDate asOf,
        int total,
        List<TaskSection> sections,
        List<CaseManagerCounts> caseManagers)
        implements Serializable {

    @Override
    public int hashCode() {
        return Objects.hash(caseManager, asOf, total);
    }
}

package org.waypoint.service.lmi;

import java.util.List;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetInterests;
import org.waypoint.service.lmi.imports.OnetJobZone;
import org.waypoint.service.lmi.imports.OnetReportedTitle;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.OnetTool;

/**
 * The O*NET files beyond occupations, related occupations and education, as read from the current
 * datasets: what {@link LmiData} indexes by O*NET-SOC code.
 */
public record OnetDetails(
        List<OnetJobZone> jobZones,
        List<OnetInterests> interests,
        List<OnetAlternateTitle> alternateTitles,
        List<OnetReportedTitle> reportedTitles,
        List<OnetTool> tools,
        List<OnetTechnologySkill> technologySkills,
        List<OnetTask> tasks) {

    public static final OnetDetails NONE =
            new OnetDetails(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
}

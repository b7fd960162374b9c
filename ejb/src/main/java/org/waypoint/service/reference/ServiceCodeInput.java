package org.waypoint.service.reference;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;

/**
 * An activity code of a state's service catalog as a state admin enters it; the page and the API
 * both bind it.
 *
 * @param stateCode the state whose catalog it is in; fixed once saved
 * @param code letters, digits and dashes (kept in upper case); fixed once saved
 * @param youthElement which of the 14 youth program elements it is (20 CFR 681.460(a)), or null
 * @param programs the programs that may fund it
 * @param participationLevel whether receiving it makes a participant (20 CFR 677.150(a))
 * @param keepsExitClock whether it counts as a service for exit (20 CFR 677.150(c)(1))
 * @param pirlElements the PIRL data element numbers its dates feed ({@link PirlServiceElement})
 * @param active null keeps the code as it is (a new one is active); false deactivates, true reactivates
 */
public record ServiceCodeInput(
        @Size(max = 2) String stateCode,
        @Size(max = 20) String code,
        @Size(max = 200) String name,
        ServiceCategory category,
        Integer youthElement,
        Set<Program> programs,
        boolean participationLevel,
        boolean keepsExitClock,
        List<Integer> pirlElements,
        Boolean active)
        implements java.io.Serializable {}

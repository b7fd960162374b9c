package org.waypoint.service.reference;

import jakarta.validation.constraints.Size;

/**
 * A target industry sector as an admin enters it.
 *
 * @param stateCode the state of a state-wide sector; for a local one it may be left out (the LWDA's)
 * @param lwdaId the LWDA whose local plan names the sector, or null for the state plan; fixed once saved
 * @param active null keeps the sector as it is (a new one is active); false deactivates, true reactivates
 */
public record SectorInput(
        @Size(max = 2) String stateCode,
        Long lwdaId,
        @Size(max = 120) String name,
        @Size(max = 2000) String description,
        Boolean active)
        implements java.io.Serializable {}

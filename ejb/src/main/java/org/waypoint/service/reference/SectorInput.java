package org.waypoint.service.reference;

/**
 * A target industry sector as an admin enters it.
 *
 * @param stateCode the state of a state-wide sector; for a local one it may be left out (the LWDA's)
 * @param lwdaId the LWDA whose local plan names the sector, or null for the state plan; fixed once saved
 * @param active null keeps the sector as it is (a new one is active); false deactivates, true reactivates
 */
public record SectorInput(String stateCode, Long lwdaId, String name, String description, Boolean active)
        implements java.io.Serializable {}

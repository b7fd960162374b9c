package org.waypoint.service.reference;

import java.math.BigDecimal;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.persistence.reference.TrainingProgram;

/**
 * One Eligible Training Provider List program as a plan and the pages show it.
 *
 * @param cost the whole program in dollars
 * @param outcomes completion and employment rates as the list publishes them
 * @param versionLock the optimistic-lock version to send back with a change
 */
public record TrainingProgramView(
        Long id,
        String stateCode,
        String provider,
        String program,
        String cipCode,
        BigDecimal cost,
        Integer lengthWeeks,
        String credential,
        String outcomes,
        DeliveryMode delivery,
        String location,
        boolean active,
        long versionLock)
        implements java.io.Serializable {

    static TrainingProgramView of(TrainingProgram t) {
        return new TrainingProgramView(
                t.getId(),
                t.getState().getCode(),
                t.getProvider(),
                t.getProgram(),
                t.getCipCode(),
                t.getCost(),
                t.getLengthWeeks(),
                t.getCredential(),
                t.getOutcomes(),
                t.getDelivery(),
                t.getLocation(),
                t.isActive(),
                t.getVersion());
    }
}

package org.waypoint.service.reference;

import java.math.BigDecimal;
import org.waypoint.persistence.reference.DeliveryMode;

/**
 * An Eligible Training Provider List program as a state admin enters it.
 *
 * @param stateCode the state whose list it is on; fixed once saved
 * @param cipCode NN.NNNN; the six digits alone, or a code a spreadsheet stripped of its leading zero, are accepted
 * @param active null keeps the program as it is (a new one is active); false deactivates, true reactivates
 */
public record TrainingProgramInput(
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
        Boolean active)
        implements java.io.Serializable {}

package org.waypoint.service.reference;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
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
        @Size(max = 2) String stateCode,
        @Size(max = 200) String provider,
        @Size(max = 200) String program,
        @Size(max = 7) String cipCode,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 8, fraction = 2)
                BigDecimal cost,
        Integer lengthWeeks,
        @Size(max = 200) String credential,
        @Size(max = 4000) String outcomes,
        DeliveryMode delivery,
        @Size(max = 200) String location,
        Boolean active)
        implements java.io.Serializable {}

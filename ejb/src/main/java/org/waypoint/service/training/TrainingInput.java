package org.waypoint.service.training;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.waypoint.persistence.training.TrainingOutcome;
import org.waypoint.persistence.training.TrainingType;

/**
 * A training as staff record it; the page and the API both bind it.
 *
 * @param enrollmentId the open enrollment that pays; null: the one whose program the code may fund
 * @param serviceCode the TRAINING code of the state's catalog (TR-ITA, TR-OJT, ...)
 * @param trainingProgramId the Eligible Training Provider List program; required with an ITA
 * @param trainingType the PIRL 1303 type
 * @param outcome how it ended, with {@code actualEnd}; null while it goes on
 * @param employer the employer of on-the-job or customized training
 * @param itaAmount the Individual Training Account obligated, in dollars (20 CFR 680.300)
 * @param otherAidConsidered whether Pell Grants and other aid were considered (20 CFR 680.230)
 * @param otherAidAmount the other aid the participant receives for it, in dollars
 * @param version the version loaded, for a change (optimistic locking)
 */
public record TrainingInput(
        Long enrollmentId,
        @Size(max = 20) String serviceCode,
        Long trainingProgramId,
        TrainingType trainingType,
        LocalDate startDate,
        LocalDate plannedEnd,
        LocalDate actualEnd,
        TrainingOutcome outcome,
        @Size(max = 200) String employer,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 8, fraction = 2)
                BigDecimal itaAmount,
        boolean otherAidConsidered,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 8, fraction = 2)
                BigDecimal otherAidAmount,
        @Size(max = 500) String aidNote,
        Long version)
        implements java.io.Serializable {}

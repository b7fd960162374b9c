package org.waypoint.service.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.training.Training;
import org.waypoint.persistence.training.TrainingOutcome;
import org.waypoint.persistence.training.TrainingType;

/**
 * One training with its ETPL program, its service record and its ITA payments, as the pages and the
 * API show it. Components named as in {@link TrainingInput} fill the editor.
 *
 * @param paid what its ITA has paid so far
 * @param version the optimistic-lock version to send back with a change
 */
public record TrainingView(
        Long id,
        Long participantId,
        Long enrollmentId,
        Program program,
        Long serviceRecordId,
        String serviceCode,
        String serviceName,
        ServiceStatus serviceStatus,
        Long trainingProgramId,
        String provider,
        String programName,
        String cipCode,
        String credential,
        TrainingType trainingType,
        LocalDate startDate,
        LocalDate plannedEnd,
        LocalDate actualEnd,
        TrainingOutcome outcome,
        String employer,
        BigDecimal itaAmount,
        boolean otherAidConsidered,
        BigDecimal otherAidAmount,
        String aidNote,
        BigDecimal paid,
        List<ItaPaymentView> payments,
        Long version)
        implements java.io.Serializable {

    static TrainingView of(Training t, List<ItaPaymentView> payments) {
        TrainingProgram etpl = t.getTrainingProgram();
        var record = t.getServiceRecord();
        return new TrainingView(
                t.getId(),
                t.getParticipant().getId(),
                t.getEnrollmentId(),
                record.getEnrollment().getProgram(),
                record.getId(),
                record.getCode().getCode(),
                record.getCode().getName(),
                record.getStatus(),
                etpl == null ? null : etpl.getId(),
                etpl == null ? null : etpl.getProvider(),
                etpl == null ? null : etpl.getProgram(),
                etpl == null ? null : etpl.getCipCode(),
                etpl == null ? null : etpl.getCredential(),
                t.getTrainingType(),
                t.getStartDate(),
                t.getPlannedEnd(),
                t.getActualEnd(),
                t.getOutcome(),
                t.getEmployer(),
                t.getItaAmount(),
                t.isOtherAidConsidered(),
                t.getOtherAidAmount(),
                t.getAidNote(),
                payments.stream().map(ItaPaymentView::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                List.copyOf(payments),
                t.getVersion());
    }
}

package org.waypoint.service.supportive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.persistence.supportive.SupportiveStatus;
import org.waypoint.service.common.Text;

/**
 * One supportive service and where its approval stands, as the pages and the API show it.
 *
 * @param decidedBy the LWDA admin who decided, null when the limit approved it or none has yet
 * @param decisionReason the admin's reason, or why the limit approved it
 * @param version the optimistic-lock version to send back with a decision
 */
public record SupportiveServiceView(
        Long id,
        Long participantId,
        String participantNumber,
        String participantName,
        Long enrollmentId,
        Long serviceRecordId,
        String serviceCode,
        String serviceName,
        BigDecimal amount,
        LocalDate providedOn,
        String vendor,
        String need,
        SupportiveStatus status,
        String requestedBy,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        long version)
        implements java.io.Serializable {

    /** Why a request within the local limits was approved as recorded; its English is stored as the reason. */
    static final Text WITHIN_LIMITS = Text.of("supportive.withinLimits");

    /**
     * The reason for the page, in its reader's language: the limit's own reason as a text, an
     * admin's reason as typed. Not a property, so the REST API keeps {@code decisionReason} alone.
     */
    public Text decisionReasonText() {
        if (decisionReason == null) {
            return null;
        }
        return decidedBy == null && decisionReason.equals(WITHIN_LIMITS.english())
                ? WITHIN_LIMITS
                : Text.literal(decisionReason);
    }

    static SupportiveServiceView of(SupportiveRequest s) {
        var participant = s.getParticipant();
        var code = s.getServiceRecord().getCode();
        return new SupportiveServiceView(
                s.getId(),
                participant.getId(),
                participant.getParticipantNumber(),
                participant.getFirstName() + " " + participant.getLastName(),
                s.getEnrollmentId(),
                s.getServiceRecord().getId(),
                code.getCode(),
                code.getName(),
                s.getAmount(),
                s.getProvidedOn(),
                s.getVendor(),
                s.getNeed(),
                s.getStatus(),
                name(s.getRequestedBy()),
                name(s.getDecidedBy()),
                s.getDecidedAt(),
                s.getDecisionReason(),
                s.getVersion());
    }

    private static String name(StaffAccount account) {
        return account == null ? null : account.getDisplayName();
    }
}

package org.waypoint.persistence.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;

/**
 * A transfer holds its participant in the pending column only while pending: the column's unique
 * constraint (V27) is what allows one pending transfer per participant.
 */
class ParticipantTransferTest {

    @Test
    @DisplayName("pending until accepted: then the pending column is empty and who decided is kept")
    void accepted() throws Exception {
        ParticipantTransfer transfer = transfer();
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.PENDING);
        assertThat(pendingParticipant(transfer)).isEqualTo(42L);
        assertThat(transfer.getFromLwda()).isNotSameAs(transfer.getToLwda());

        transfer.accept("admin-kentuckiana");
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(transfer.getDecidedBy()).isEqualTo("admin-kentuckiana");
        assertThat(transfer.getDecidedAt()).isNotNull();
        assertThat(pendingParticipant(transfer)).isNull();
    }

    @Test
    @DisplayName("declined with its reason: no longer pending, so a new transfer may be asked")
    void declined() throws Exception {
        ParticipantTransfer transfer = transfer();
        transfer.decline("admin-kentuckiana", "Not in our area");
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.DECLINED);
        assertThat(transfer.getDeclineReason()).isEqualTo("Not in our area");
        assertThat(pendingParticipant(transfer)).isNull();
    }

    private static ParticipantTransfer transfer() throws Exception {
        Lwda from = instance(Lwda.class);
        Participant participant = new Participant("WP-TEST9999", "Jonah", "Reyes", LocalDate.of(1991, 9, 2), from);
        set(participant, "id", 42L);
        return new ParticipantTransfer(participant, instance(Lwda.class), "Moved", "admin-bluegrass");
    }

    private static Long pendingParticipant(ParticipantTransfer transfer) {
        return transfer.getPendingParticipantId();
    }

    private static <T> T instance(Class<T> type) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

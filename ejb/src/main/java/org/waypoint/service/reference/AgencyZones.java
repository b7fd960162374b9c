package org.waypoint.service.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The time zone a page or a printed plan shows times in ({@link AgencyZone}): the signed-in staff
 * member's office (else state) for pages, the participant's office (else the plan's state) for a
 * printed plan, so that a Paducah signing at 2:05 PM Central prints 2:05 PM CST.
 */
@Stateless
@PermitAll
public class AgencyZones {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** The zone of the signed-in staff member's office, else of their state; Eastern for a state admin. */
    public ZoneId forCaller() {
        StaffPrincipal caller = callers.current();
        StaffAccount account = caller.accountId() == null ? null : em.find(StaffAccount.class, caller.accountId());
        Office office = account == null ? null : account.getOffice();
        return AgencyZone.resolve(office == null ? null : office.getTimeZone(), stateZone(caller.stateCode()));
    }

    /** The zone of the participant's office, else of the plan's state. */
    public ZoneId forPlan(Plan plan) {
        Participant participant = plan.getParticipant();
        Office office = participant == null ? null : participant.getOffice();
        return AgencyZone.resolve(office == null ? null : office.getTimeZone(), stateZone(plan.getStateCode()));
    }

    /**
     * Sets an office's own time zone, or clears it ({@code timeZone} null or blank: the state's), e.g.
     * America/Chicago for an office in a Central-time Kentucky county.
     *
     * @throws InvalidInputException naming {@code timeZone} for anything but a region id
     */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ReferenceService.OfficeView setOfficeZone(long officeId, String timeZone) {
        Office office = em.find(Office.class, officeId);
        if (office == null) {
            throw new NotFoundException(Text.of("reference.noOffice", officeId));
        }
        callers.requireWrite(office.getLwda().getId());
        String zone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
        if (zone != null) {
            AgencyZone.problem(zone).ifPresent(problem -> {
                throw InvalidInputException.of("timeZone", problem);
            });
        }
        office.setTimeZone(zone);
        return ReferenceService.OfficeView.of(office);
    }

    private String stateZone(String stateCode) {
        StateProfile state = stateCode == null ? null : em.find(StateProfile.class, stateCode);
        return state == null ? null : state.getTimeZone();
    }
}

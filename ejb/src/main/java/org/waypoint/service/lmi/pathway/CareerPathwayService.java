package org.waypoint.service.lmi.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.LmiCatalog;
import org.waypoint.service.lmi.LmiCatalog.Snapshot;
import org.waypoint.service.lmi.imports.SocCode;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;

/**
 * Suggests a career pathway to a goal occupation in an area, from an occupation, from a
 * participant's own starting point (education and assessment, {@link StartingJobZone}) or from Job
 * Zone 1. Reads the in-memory labour-market data; the data is public, so every staff role may ask,
 * but a participant's starting point only for a participant the caller may see.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CareerPathwayService {

    @EJB
    private LmiCatalog catalog;

    @EJB
    private ParticipantService participants;

    /**
     * @param from the SOC code of the occupation the career seeker holds or held; null or blank to
     *     start from the participant's education, or from Job Zone 1 without a participant
     * @throws InvalidInputException naming {@code to}, {@code area} or {@code from} when missing,
     *     malformed or unknown
     */
    public CareerPathway suggest(String from, String to, String areaId, Long participantId) {
        Snapshot snapshot = catalog.current();
        if (to == null || to.isBlank()) {
            throw InvalidInputException.of("to", Text.of("lmi.pathway.needGoal"));
        }
        String goal = knownSoc("to", to, snapshot);
        if (areaId == null || areaId.isBlank()) {
            throw InvalidInputException.of("area", Text.of("lmi.pathway.needArea"));
        }
        Area area = snapshot.data()
                .area(areaId.strip())
                .orElseThrow(() -> InvalidInputException.of("area", Text.of("lmi.noArea", areaId.strip())));
        LmiPathwayOccupations occupations = new LmiPathwayOccupations(snapshot.data(), snapshot.profiles(), area.id());
        StartingPoint start;
        if (from != null && !from.isBlank()) {
            String soc = knownSoc("from", from, snapshot);
            start = StartingPoint.occupation(
                    soc,
                    occupations.title(soc).orElse(soc),
                    occupations.jobZone(soc).orElse(null));
        } else if (participantId != null) {
            ParticipantView participant = participants.find(participantId);
            start = StartingJobZone.of(
                    participant.educationLevel(), participant.barriers().contains(Barrier.BASIC_SKILLS_DEFICIENT));
        } else {
            start = StartingPoint.jobZone(1, Text.of("lmi.pathway.start.default"));
        }
        return new CareerPathway(start, area, new CareerPathwayRule(occupations).steps(start, goal));
    }

    private static String knownSoc(String field, String code, Snapshot snapshot) {
        String soc;
        try {
            soc = SocCode.normalise(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, Text.of("lmi.notSoc", code.strip()));
        }
        if (snapshot.data().title(soc).isEmpty()) {
            throw InvalidInputException.of(field, Text.of("lmi.noOccupation", soc));
        }
        return soc;
    }
}

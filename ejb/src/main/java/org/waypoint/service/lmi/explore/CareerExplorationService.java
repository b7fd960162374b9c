package org.waypoint.service.lmi.explore;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.persistence.reference.InDemandOccupation;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.LmiCatalog;
import org.waypoint.service.lmi.LmiCatalog.Snapshot;
import org.waypoint.service.lmi.LmiData;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Projection;
import org.waypoint.service.reference.InDemandLabel;
import org.waypoint.service.security.CallerService;

/**
 * Career exploration: the occupations of a job zone whose O*NET interest profiles agree with an
 * interest code (and the six scores, when known), ranked by {@link InterestMatcher}, each with the
 * area's median wage, openings, growth, Waypoint's growth-and-openings signal and the boards'
 * official in-demand label. Read only, from the in-memory LMI data and the boards' lists; every staff
 * role may ask.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CareerExplorationService {

    /** Most matches one answer holds. */
    public static final int MAX_MATCHES = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LmiCatalog catalog;

    @EJB
    private CallerService callers;

    /**
     * The matching occupations, best first.
     *
     * @param riasec one to three distinct RIASEC letters, strongest first
     * @param scores the six scores in RIASEC order, or null
     * @param jobZone 1 to 5
     * @param areaId the area whose figures to show
     * @param lwdaId whose board's list gives the official label when the area is not an LWA (the
     *     participant's LWDA); null for the caller's
     * @throws InvalidInputException naming {@code riasec}, {@code jobZone} or {@code area}
     */
    public List<InterestMatchView> explore(
            String riasec, int[] scores, Integer jobZone, String areaId, Long lwdaId, int limit) {
        Snapshot snapshot = catalog.current();
        LmiData data = snapshot.data();
        Map<String, Text> errors = new LinkedHashMap<>();
        String code = InterestCode.parse(riasec).orElse(null);
        if (code == null) {
            errors.put("riasec", Text.of("lmi.explore.riasec", riasec == null ? "" : riasec.strip()));
        }
        if (jobZone == null || jobZone < 1 || jobZone > 5) {
            errors.put("jobZone", Text.of("lmi.explore.jobZone"));
        }
        Area area = areaId == null ? null : data.area(areaId.strip()).orElse(null);
        if (area == null) {
            errors.put(
                    "area",
                    areaId == null || areaId.isBlank()
                            ? Text.of("lmi.explore.chooseArea")
                            : Text.of("lmi.noArea", areaId.strip()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        Lists lists = lists(data, area, lwdaId);
        List<InterestMatcher.Match> matches = InterestMatcher.match(
                data,
                new InterestMatcher.Query(code, scores, jobZone),
                lists::listed,
                soc -> annualOpenings(data, area.id(), soc),
                Math.max(1, Math.min(limit, MAX_MATCHES)));
        return matches.stream().map(match -> view(match, snapshot, area, lists)).toList();
    }

    private static InterestMatchView view(InterestMatcher.Match match, Snapshot snapshot, Area area, Lists lists) {
        OccupationProfile profile =
                snapshot.profiles().profile(match.soc(), area.id()).orElseThrow();
        Projection projection = profile.projection();
        return new InterestMatchView(
                match.soc(),
                match.onetSocCode(),
                profile.title(),
                match.highPoints(),
                match.jobZone(),
                match.agreement(),
                match.correlation() == null
                        ? null
                        : BigDecimal.valueOf(match.correlation()).setScale(2, RoundingMode.HALF_UP),
                area.id(),
                profile.wages() == null ? null : profile.wages().median(),
                profile.medianHourlyWage(),
                projection == null ? null : projection.annualOpenings(),
                projection == null ? null : projection.percentChange(),
                profile.inDemand(),
                lists.label(match.soc()));
    }

    private static Integer annualOpenings(LmiData data, String areaId, String soc) {
        return data.projection(areaId, soc)
                .map(row -> new Projection(
                                null,
                                row.baseYear(),
                                row.projectedYear(),
                                row.baseEmployment(),
                                row.projectedEmployment(),
                                row.change(),
                                row.percentChange(),
                                row.exits(),
                                row.transfers(),
                                row.openings())
                        .annualOpenings())
                .orElse(null);
    }

    /**
     * The boards' lists that label occupations in this area: the area's own LWDA when it is a Local
     * Workforce Area, else the given LWDA or the caller's, in the area's state.
     */
    private Lists lists(LmiData data, Area area, Long lwdaId) {
        Lwda lwda = null;
        if (area.type() == AreaType.LWA) {
            lwda = em.createQuery("SELECT l FROM Lwda l WHERE l.state.code = :state", Lwda.class)
                    .setParameter("state", area.state())
                    .getResultStream()
                    .filter(l -> data.areaOfLwda(l.getId())
                            .map(a -> a.id().equals(area.id()))
                            .orElse(false))
                    .findFirst()
                    .orElse(null);
        }
        if (lwda == null) {
            Long id = lwdaId != null ? lwdaId : callers.current().lwdaId();
            lwda = id == null ? null : em.find(Lwda.class, id);
            if (lwda != null
                    && area.state() != null
                    && !area.state().equals(lwda.getState().getCode())) {
                lwda = null;
            }
        }
        if (lwda == null) {
            return new Lists(null, null, Set.of(), Set.of());
        }
        Set<String> state = em.createNamedQuery(InDemandOccupation.FIND_STATE_LIST, InDemandOccupation.class)
                .setParameter("state", lwda.getState().getCode())
                .getResultStream()
                .map(InDemandOccupation::getSoc)
                .collect(Collectors.toSet());
        Set<String> local = em.createNamedQuery(InDemandOccupation.FIND_LOCAL_LIST, InDemandOccupation.class)
                .setParameter("lwdaId", lwda.getId())
                .getResultStream()
                .map(InDemandOccupation::getSoc)
                .collect(Collectors.toSet());
        return new Lists(lwda.getName(), lwda.getState().getName(), state, local);
    }

    /** The state board's and the local board's lists, read once, labelled as plans label them. */
    private record Lists(String lwdaName, String stateName, Set<String> state, Set<String> local) {

        boolean listed(String soc) {
            return state.contains(soc) || local.contains(soc);
        }

        /** As {@code InDemandListService.label}: the local list first, then the state's; "not known" without lists. */
        InDemandLabel label(String soc) {
            if (lwdaName == null) {
                return null;
            }
            if (state.isEmpty() && local.isEmpty()) {
                return InDemandLabel.noList(lwdaName, stateName);
            }
            if (local.contains(soc)) {
                return InDemandLabel.local(lwdaName);
            }
            return state.contains(soc) ? InDemandLabel.state(stateName) : InDemandLabel.notListed(lwdaName, stateName);
        }
    }
}

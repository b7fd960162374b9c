package org.waypoint.service.lmi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.LmiCatalog.Snapshot;
import org.waypoint.service.lmi.report.LmiReport;
import org.waypoint.service.lmi.report.LmiReportWriter;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.AgencyZones;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Customized labour-market information for staff and other systems: occupation search, an
 * occupation's profile in an area, the areas of a ZIP code or of a career seeker's address. Served
 * from the in-memory {@link LmiCatalog}; the data is public, so every staff role may read it.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LmiService {

    /** Most matches a search returns. */
    public static final int MAX_MATCHES = 50;

    @EJB
    private LmiCatalog catalog;

    @EJB
    private ReferenceService reference;

    @EJB
    private ParticipantService participants;

    @EJB
    private AgencyZones zones;

    @EJB
    private CallerService callers;

    public List<OccupationMatch> search(String query, int limit) {
        return catalog.current().search().search(query, Math.max(1, Math.min(limit, MAX_MATCHES)));
    }

    /**
     * @throws NotFoundException naming the unknown SOC code or area
     */
    public OccupationProfile profile(String soc, String areaId) {
        Snapshot snapshot = catalog.current();
        String code = normaliseSoc(soc);
        if (snapshot.data().area(areaId).isEmpty()) {
            throw new NotFoundException(Text.of("lmi.noArea", areaId));
        }
        return snapshot.profiles()
                .profile(code, areaId)
                .orElseThrow(() -> new NotFoundException(Text.of("lmi.noOccupation", code)));
    }

    /**
     * The profile with its area's coverage seen from a career seeker's state: the participant's when
     * {@code participantId} is given, else {@code state} (two letters), else the caller's. A Georgia
     * participant's profile says that no Georgia figures are imported and which ones are shown.
     *
     * @throws InvalidInputException naming {@code state} when it is not two letters
     */
    public OccupationProfile profile(String soc, String areaId, Long participantId, String state) {
        OccupationProfiles profiles = catalog.current().profiles();
        OccupationProfile profile = profile(soc, areaId);
        AreaCoverage coverage = coverage(profile.area(), participantId, state);
        return profiles.seenFrom(profile, coverage);
    }

    /** Which figures exist for an area, seen as {@link #profile(String, String, Long, String)} says. */
    public AreaCoverage coverage(String areaId, Long participantId, String state) {
        Area area = catalog.current()
                .data()
                .area(areaId)
                .orElseThrow(() -> new NotFoundException(Text.of("lmi.noArea", areaId)));
        return coverage(area, participantId, state);
    }

    private AreaCoverage coverage(Area area, Long participantId, String state) {
        String home;
        if (participantId != null) {
            home = participants.find(participantId).stateCode();
        } else if (state != null && !state.isBlank()) {
            home = state.strip().toUpperCase(java.util.Locale.ROOT);
            if (!home.matches("[A-Z]{2}")) {
                throw InvalidInputException.of("state", Text.of("lmi.notState", state.strip()));
            }
        } else {
            home = callers.current().stateCode();
        }
        return catalog.current()
                .profiles()
                .coverage(
                        area,
                        home,
                        () -> home == null
                                ? null
                                : reference.states().stream()
                                        .filter(s -> s.code().equals(home))
                                        .map(ReferenceService.StateView::name)
                                        .findFirst()
                                        .orElse(home));
    }

    public AreaComparison comparison(String soc) {
        String code = normaliseSoc(soc);
        if (catalog.current().data().title(code).isEmpty()) {
            throw new NotFoundException(Text.of("lmi.noOccupation", code));
        }
        return catalog.current().profiles().comparison(code);
    }

    /**
     * The printable report (PDF) of an occupation in an area, with up to three others side by side;
     * prepared for a career seeker when {@code participantId} is given (and the caller may see them).
     */
    public byte[] report(String soc, String areaId, Long participantId, List<String> compare) {
        return report(soc, areaId, participantId, compare, null);
    }

    /**
     * The printable report in {@code language}; when null, in the career seeker's preferred language
     * (English for a report prepared for no one).
     */
    public byte[] report(
            String soc, String areaId, Long participantId, List<String> compare, DocumentLanguage language) {
        OccupationProfile profile = profile(soc, areaId, participantId, null);
        List<OccupationProfile> others = new ArrayList<>();
        for (String other : compare == null ? List.<String>of() : compare) {
            if (others.size() < 3 && !other.isBlank() && !normaliseSoc(other).equals(profile.soc())) {
                others.add(profile(other, areaId));
            }
        }
        ParticipantView participant = participantId == null ? null : participants.find(participantId);
        String preparedFor = participant == null ? null : participant.fullName();
        DocumentLanguage printed = language != null
                ? language
                : DocumentLanguage.forPreferredLanguage(participant == null ? null : participant.preferredLanguage());
        return new LmiReportWriter()
                .write(new LmiReport(
                        preparedFor,
                        callers.current().displayName(),
                        // the agency's date: at 8 PM in Paducah it is already tomorrow on the server (UTC)
                        java.time.LocalDate.now(zones.forCaller()),
                        profile,
                        comparison(profile.soc()),
                        others,
                        printed));
    }

    /** Every area with figures: states, their LWAs, OEWS areas, the nation. */
    public List<Area> areas() {
        return List.copyOf(catalog.current().data().areas());
    }

    /**
     * The areas for a ZIP code, nearest first: the Local Workforce Area(s) of its counties, their
     * state, the nation.
     *
     * @throws InvalidInputException for anything but five digits
     * @throws NotFoundException for a ZIP code outside the states Waypoint serves
     */
    public List<Area> areasForZip(String zip) {
        List<CountyArea> counties = reference.resolveZip(zip == null ? null : zip.strip());
        if (counties.isEmpty()) {
            throw new NotFoundException(Text.of("lmi.zipNotServed", zip.strip()));
        }
        return areasFor(
                counties.stream().map(CountyArea::lwdaId).toList(),
                counties.stream().map(CountyArea::stateCode).toList());
    }

    /**
     * The career seeker's own area: the Local Workforce Area of the county they live in, else of
     * the LWDA that serves them, else their state or the nation.
     */
    public Area areaForParticipant(long participantId) {
        ParticipantView participant = participants.find(participantId);
        List<Long> lwdas = new ArrayList<>();
        if (participant.zip() != null && participant.countyFips() != null) {
            reference.resolveZip(participant.zip()).stream()
                    .filter(county -> county.fips().equals(participant.countyFips()))
                    .map(CountyArea::lwdaId)
                    .forEach(lwdas::add);
        }
        lwdas.add(participant.lwdaId());
        return areasFor(lwdas, List.of(participant.stateCode())).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("lmi.noFigures")));
    }

    /** The caller's own LWA (case managers, LWDA admins), else their state's, else the first area. */
    public Optional<Area> areaForCaller() {
        StaffPrincipal caller = callers.current();
        LmiData data = catalog.current().data();
        // Staff of a state without figures of its own (Georgia today) see the nation's, not Kentucky's.
        return data.areaOfLwda(caller.lwdaId())
                .or(() -> data.area(caller.stateCode()))
                .or(() -> caller.stateCode() == null ? Optional.empty() : data.area("US"))
                .or(() -> data.area("KY"))
                .or(() -> data.areas().stream().findFirst());
    }

    private List<Area> areasFor(List<Long> lwdaIds, List<String> states) {
        LmiData data = catalog.current().data();
        Set<Area> areas = new LinkedHashSet<>();
        lwdaIds.stream().filter(id -> id != null).forEach(id -> data.areaOfLwda(id)
                .ifPresent(areas::add));
        states.stream().filter(state -> state != null).forEach(state -> data.area(state)
                .ifPresent(areas::add));
        data.area("US").ifPresent(areas::add);
        return new ArrayList<>(areas);
    }

    /** "319091", "31-9091" and "31-9091.00" are all Dental Assistants. */
    static String normaliseSoc(String soc) {
        String code = soc == null ? "" : soc.strip();
        if (code.matches("\\d{6}")) {
            code = code.substring(0, 2) + "-" + code.substring(2);
        }
        if (code.matches("\\d{2}-\\d{4}\\.\\d{2}")) {
            code = code.substring(0, 7);
        }
        if (!code.matches("\\d{2}-\\d{4}")) {
            throw InvalidInputException.of("soc", Text.of("lmi.notSoc", soc == null ? "" : soc.strip()));
        }
        return code;
    }
}

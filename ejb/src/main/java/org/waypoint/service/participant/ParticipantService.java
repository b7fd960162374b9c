package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.County;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.UniqueViolation;
import org.waypoint.service.eligibility.EnrollmentEligibility;
import org.waypoint.service.platform.StartupAccounts;
import org.waypoint.service.platform.WaypointSettings;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Registers, finds and corrects participants, always within the caller's LWDA (state admins and
 * monitors reach every LWDA; monitors only read). The SSN is encrypted before it reaches the
 * database and shown in full only through {@link #revealSsn}, which is audited. A second
 * registration of the same person is caught before it is saved, and when two are sent at once the
 * database's unique indexes on the SSN hash and the identity key let only one through.
 */
@Stateless
public class ParticipantService {

    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private EnrollmentEligibility enrollmentEligibility;

    @EJB
    private AuditService audit;

    @EJB
    private StartupAccounts startup;

    @EJB
    private RegistrationConflicts conflicts;

    @EJB
    private CrossLwdaLookups crossLwda;

    @Inject
    private SsnVault vault;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public ParticipantView find(long id) {
        Participant participant = load(id);
        callers.requireRead(participant.getLwda().getId());
        return ParticipantView.of(participant);
    }

    /**
     * Registers a participant. Stops with {@link DuplicateParticipantException} when the SSN is
     * already registered (always) or the same name and birth date are (unless {@code confirmedDifferentPerson}).
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ParticipantView register(ParticipantInput input, boolean confirmedDifferentPerson) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        StaffPrincipal caller = callers.current();
        String ssn = validSsn(input.ssn());
        County county = resolveCounty(input);
        Long lwdaId = input.lwdaId() != null
                ? input.lwdaId()
                : caller.lwdaId() != null
                        ? caller.lwdaId()
                        : county != null && county.getLwda() != null
                                ? county.getLwda().getId()
                                : null;
        if (lwdaId == null) {
            throw InvalidInputException.of("lwdaId", Text.of("participant.chooseLwda"));
        }
        callers.requireWrite(lwdaId);
        Lwda lwda = em.find(Lwda.class, lwdaId);
        if (lwda == null) {
            throw InvalidInputException.of("lwdaId", Text.of("participant.noLwda", lwdaId));
        }
        List<PossibleDuplicate> duplicates =
                possibleDuplicates(input.firstName(), input.lastName(), input.dateOfBirth(), ssn, null);
        boolean sameSsn = duplicates.stream().anyMatch(PossibleDuplicate::sameSsn);
        if (sameSsn || (!duplicates.isEmpty() && !confirmedDifferentPerson)) {
            throw new DuplicateParticipantException(duplicates);
        }
        Participant participant = new Participant(
                newNumber(), trim(input.firstName()), trim(input.lastName()), input.dateOfBirth(), lwda);
        apply(input, participant, county, ssn);
        // Issue 11 (defect B): the key makes the database refuse a second unconfirmed registration
        // of this name and birth date sent at the same moment; confirmed different people share it.
        participant.setIdentityKey(confirmedDifferentPerson ? null : participant.nameAndBirthKey());
        if (caller.role() == Role.CASE_MANAGER) {
            participant.setCaseManager(em.find(StaffAccount.class, caller.accountId()));
        }
        BeanValidation.requireValid(participant);
        em.persist(participant);
        try {
            em.flush(); // the answer carries the version the insert wrote
        } catch (PersistenceException e) {
            // lost a race the duplicate search above could not see: the usual 409, never a 500
            throw conflicts.explain(e, input);
        }
        return ParticipantView.of(participant);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ParticipantView correct(long id, ParticipantInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = load(id);
        callers.requireWrite(participant.getLwda().getId());
        if (input.version() == null || input.version() != participant.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("participant.thisParticipant"),
                    audit.lastChangedBy(Participant.class.getSimpleName(), participant.getParticipantNumber()));
        }
        String ssn = validSsn(input.ssn());
        if (ssn != null) {
            String hash = vault.hash(ssn, embedded());
            boolean taken = !em.createQuery(
                            "SELECT p.id FROM Participant p WHERE p.ssnHash = :hash AND p.id <> :id", Long.class)
                    .setParameter("hash", hash)
                    .setParameter("id", id)
                    .getResultList()
                    .isEmpty();
            if (taken) {
                throw InvalidInputException.of("ssn", Text.of("participant.ssnTaken"));
            }
        }
        // both read before anything changes, so that no query flushes half a correction
        County county = resolveCounty(input);
        String identityKey = identityKeyAfterCorrection(participant, input);
        participant.setFirstName(trim(input.firstName()));
        participant.setLastName(trim(input.lastName()));
        participant.setDateOfBirth(input.dateOfBirth());
        apply(input, participant, county, ssn);
        participant.setIdentityKey(identityKey);
        BeanValidation.requireValid(participant);
        try {
            em.flush(); // the answer carries the new version
        } catch (PersistenceException e) {
            throw correctionConflict(e);
        }
        return ParticipantView.of(participant);
    }

    /**
     * Issue 11 (defect B): a corrected name or birth date takes its identity key when no other
     * participant holds it, else none; an unchanged one keeps what it had.
     */
    private String identityKeyAfterCorrection(Participant participant, ParticipantInput input) {
        String key = Participant.identityKeyOf(trim(input.firstName()), trim(input.lastName()), input.dateOfBirth());
        if (key == null || key.equals(participant.nameAndBirthKey())) {
            return participant.getIdentityKey();
        }
        long holders = em.createNamedQuery(Participant.COUNT_BY_IDENTITY_KEY, Long.class)
                .setParameter("key", key)
                .setParameter("id", participant.getId())
                .getSingleResult();
        return holders == 0 ? key : null;
    }

    /** A correction that lost a race to another save of the same SSN or identity key (defect B). */
    private static RuntimeException correctionConflict(PersistenceException e) {
        if (UniqueViolation.of(e, Participant.SSN_UNIQUE)) {
            return InvalidInputException.of("ssn", Text.of("participant.ssnTaken"));
        }
        if (UniqueViolation.of(e, Participant.IDENTITY_KEY_UNIQUE)) {
            return InvalidInputException.of("lastName", Text.of("participant.sameMoment"));
        }
        return e;
    }

    /**
     * The full SSN, for a role allowed to see it ({@code waypoint.ssn.reveal-roles}; case managers,
     * LWDA admins and state admins by default), within the caller's LWDA. Every reveal is audited.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public String revealSsn(long id) {
        Participant participant = load(id);
        StaffPrincipal caller = callers.requireRead(participant.getLwda().getId());
        Set<String> allowed =
                Set.of(WaypointSettings.get("waypoint.ssn.reveal-roles", "CASE_MANAGER,LWDA_ADMIN,STATE_ADMIN")
                        .split("\\s*,\\s*"));
        if (!allowed.contains(caller.role().name())) {
            throw new AccessDeniedException(Text.of("participant.ssnLastFourOnly"));
        }
        if (participant.getSsnCipher() == null) {
            throw new NotFoundException(Text.of("participant.noSsn"));
        }
        String ssn = vault.decrypt(participant.getSsnCipher(), embedded());
        audit.recordReveal(
                Participant.class.getSimpleName(),
                participant.getParticipantNumber(),
                participant.getLwda().getId(),
                "ssn");
        return SsnRules.formatted(ssn);
    }

    /** Participants who may be this person; for the registration page to show before saving. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<PossibleDuplicate> possibleDuplicates(
            String firstName, String lastName, LocalDate dateOfBirth, String ssnInput, Long exceptId) {
        StaffPrincipal caller = callers.current();
        String ssn = SsnRules.normalize(ssnInput);
        Map<Long, PossibleDuplicate> found = new LinkedHashMap<>();
        Map<Long, Participant> entities = new LinkedHashMap<>();
        if (ssn != null && SsnRules.problem(ssn).isEmpty() && vault.isConfigured(embedded())) {
            em.createQuery("SELECT p FROM Participant p JOIN FETCH p.lwda WHERE p.ssnHash = :hash", Participant.class)
                    .setParameter("hash", vault.hash(ssn, embedded()))
                    .getResultList()
                    .forEach(p -> {
                        found.put(p.getId(), duplicate(p, true, caller));
                        entities.put(p.getId(), p);
                    });
        }
        if (firstName != null && lastName != null && dateOfBirth != null) {
            em.createQuery(
                            "SELECT p FROM Participant p JOIN FETCH p.lwda WHERE p.dateOfBirth = :dob"
                                    + " AND p.lastNameSearch = :last AND p.firstNameSearch = :first",
                            Participant.class)
                    .setParameter("dob", dateOfBirth)
                    .setParameter("last", lastName.trim().toLowerCase())
                    .setParameter("first", firstName.trim().toLowerCase())
                    .getResultList()
                    .forEach(p -> {
                        found.putIfAbsent(p.getId(), duplicate(p, false, caller));
                        entities.putIfAbsent(p.getId(), p);
                    });
        }
        if (exceptId != null) {
            found.remove(exceptId);
        }
        List<PossibleDuplicate> matches = new ArrayList<>(found.values());
        List<Participant> hidden = found.entrySet().stream()
                .filter(f -> !f.getValue().visible())
                .map(f -> entities.get(f.getKey()))
                .toList();
        guardCrossLwda(caller, hidden, matches);
        return matches;
    }

    /**
     * Issue 18: a match in an LWDA the caller may not read is audited and limited per user
     * ({@link CrossLwdaLookups}); over the limit the lookup is refused with nothing told.
     */
    private void guardCrossLwda(StaffPrincipal caller, List<Participant> hidden, List<PossibleDuplicate> matches) {
        if (hidden.isEmpty()) {
            return;
        }
        long retryAfter = crossLwda.record(caller, hidden, matches.stream().anyMatch(PossibleDuplicate::sameSsn));
        if (retryAfter > 0) {
            throw new DuplicateLookupLimitException(retryAfter);
        }
    }

    /** One page of the participants that match, within the caller's reach. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ParticipantSummary> search(ParticipantSearch search, int first, int max) {
        return ParticipantPages.page(em, ParticipantQuery.of(search, callers.current(), LocalDate.now()), first, max);
    }

    /**
     * How many participants match, exactly up to {@link Total#LIMIT} and "more than" beyond: the
     * lists and the API page through a search, and counting every one of a state's matches would
     * read them all for each page (issue 21).
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public Total total(ParticipantSearch search) {
        return ParticipantPages.total(em, ParticipantQuery.of(search, callers.current(), LocalDate.now()));
    }

    /** One page and the count in one call and one transaction, as the API and lists need them. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public SearchPage searchPage(ParticipantSearch search, int first, int max) {
        ParticipantQuery query = ParticipantQuery.of(search, callers.current(), LocalDate.now());
        List<ParticipantSummary> rows = ParticipantPages.page(em, query, first, max);
        // a first page that is not full is the whole result: no count query needed
        Total total =
                first <= 0 && rows.size() < max ? new Total(rows.size(), false) : ParticipantPages.total(em, query);
        return new SearchPage(rows, total);
    }

    /** A page of a search with the number of matches. */
    public record SearchPage(List<ParticipantSummary> rows, Total total) implements java.io.Serializable {}

    /**
     * The number of matches: exact when {@code more} is false; otherwise more than {@code count}
     * ({@link #LIMIT}) match, shown as "1,000+".
     */
    public record Total(long count, boolean more) implements java.io.Serializable {
        /** Beyond this many matches a search says "more than" instead of counting them all. */
        public static final int LIMIT = 1_000;
    }

    /** Newest first, for the API's plain list. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ParticipantSummary> page(int first, int max) {
        return search(ParticipantSearch.all(), first, max);
    }

    /**
     * Enrolls the participant in a program (co-enrollment allowed, not twice in the same program at
     * once). A WIOA Title I program needs an eligible determination on or before the entry date
     * ({@link EnrollmentEligibility}); Wagner-Peyser does not.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public EnrollmentView enroll(long participantId, EnrollmentInput input) {
        Participant participant = load(participantId);
        Program program = input.program();
        LocalDate entryDate = input.entryDate();
        Long officeId = input.officeId();
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        if (program == null) {
            throw InvalidInputException.of("program", Text.of("participant.chooseProgram"));
        }
        if (entryDate == null) {
            throw InvalidInputException.of("entryDate", Text.of("participant.entryDate"));
        }
        if (entryDate.isBefore(participant.getDateOfBirth())) {
            throw InvalidInputException.of("entryDate", Text.of("participant.entryBeforeBirth"));
        }
        // Two enrollments sent at once must not both pass the check below: the participant's row is
        // locked until this transaction ends, so the second waits and then sees the first.
        em.lock(participant, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        boolean open = enrollmentEntities(participantId).stream()
                .anyMatch(e -> e.getProgram() == program
                        && (e.getExitDate() == null || !e.getExitDate().isBefore(entryDate)));
        if (open) {
            throw InvalidInputException.of("program", Text.of("participant.alreadyEnrolled"));
        }
        Enrollment enrollment = new Enrollment(participant, program, entryDate);
        if (caller.role() == Role.CASE_MANAGER) {
            enrollment.setCaseManager(em.find(StaffAccount.class, caller.accountId()));
        } else if (participant.getCaseManager() != null) {
            enrollment.setCaseManager(participant.getCaseManager());
        }
        Office office = officeId == null ? participant.getOffice() : em.find(Office.class, officeId);
        if (office != null
                && !office.getLwda().getId().equals(participant.getLwda().getId())) {
            throw InvalidInputException.of("officeId", Text.of("participant.officeElsewhere"));
        }
        enrollment.setOffice(office);
        // WIOA Title I: an eligible determination on or before entry, age at entry, the youth 5% caps.
        enrollmentEligibility.admit(enrollment);
        em.persist(enrollment);
        em.flush();
        return EnrollmentView.of(enrollment);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<EnrollmentView> enrollments(long participantId) {
        Participant participant = load(participantId);
        callers.requireRead(participant.getLwda().getId());
        return enrollmentEntities(participantId).stream()
                .map(EnrollmentView::of)
                .toList();
    }

    private List<Enrollment> enrollmentEntities(long participantId) {
        return em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participantId)
                .getResultList();
    }

    private PossibleDuplicate duplicate(Participant p, boolean sameSsn, StaffPrincipal caller) {
        if (!caller.canRead(p.getLwda().getId())) {
            // issue 18: another LWDA's record is told only to exist, never its number or LWDA
            return PossibleDuplicate.elsewhere(sameSsn);
        }
        return new PossibleDuplicate(
                p.getId(),
                p.getParticipantNumber(),
                p.getFirstName() + " " + p.getLastName(),
                p.getDateOfBirth(),
                p.getLwda().getName(),
                sameSsn,
                true);
    }

    /** Copies the input onto the entity; the SSN only when one was typed. */
    private void apply(ParticipantInput in, Participant p, County county, String ssn) {
        p.setMiddleName(blankToNull(in.middleName()));
        p.setSex(in.sex());
        p.setStreet(blankToNull(in.street()));
        p.setCity(blankToNull(in.city()));
        p.setAddressState(
                in.addressState() == null || in.addressState().isBlank()
                        ? (county == null ? null : county.getState().getCode())
                        : in.addressState().trim().toUpperCase());
        p.setZip(blankToNull(in.zip()));
        p.setCounty(county);
        p.setPhone(blankToNull(in.phone()));
        p.setEmail(blankToNull(in.email()));
        p.setPreferredLanguage(blankToNull(in.preferredLanguage()));
        p.setDisability(in.disability());
        p.setHispanic(in.hispanic());
        p.setRaces(in.races());
        p.setVeteran(in.veteran());
        p.setEligibleSpouse(in.eligibleSpouse());
        p.setEmploymentStatus(in.employmentStatus());
        p.setUcStatus(in.ucStatus());
        p.setHighestGrade(in.highestGrade());
        p.setEducationLevel(in.educationLevel());
        p.setSchoolStatus(in.schoolStatus());
        p.setPublicAssistance(in.publicAssistance());
        p.setFamilySize(in.familySize());
        p.setAnnualFamilyIncome(in.annualFamilyIncome());
        p.setBarriers(in.barriers());
        p.setSelectiveService(in.selectiveService());
        p.setAuthorizedToWork(in.authorizedToWork());
        if (in.officeId() != null) {
            Office office = em.find(Office.class, in.officeId());
            if (office == null || !office.getLwda().getId().equals(p.getLwda().getId())) {
                throw InvalidInputException.of("officeId", Text.of("participant.chooseOffice"));
            }
            p.setOffice(office);
        }
        if (ssn != null) {
            p.setSsn(vault.encrypt(ssn, embedded()), vault.hash(ssn, embedded()), ssn.substring(5));
        }
    }

    /** The county of the address: the ZIP's only county, or the one chosen where the ZIP spans several. */
    private County resolveCounty(ParticipantInput in) {
        String zip = blankToNull(in.zip());
        if (zip == null) {
            if (in.countyFips() != null && !in.countyFips().isBlank()) {
                throw InvalidInputException.of("zip", Text.of("participant.zip"));
            }
            return null;
        }
        if (!zip.matches("\\d{5}")) {
            throw InvalidInputException.of("zip", Text.of("participant.zip5"));
        }
        List<County> counties = em.createNamedQuery(County.FIND_BY_ZIP, County.class)
                .setParameter("zip", zip)
                .getResultList();
        if (counties.isEmpty()) {
            return null; // a ZIP outside the states Waypoint knows: kept as typed, no county
        }
        String chosen = blankToNull(in.countyFips());
        if (chosen != null) {
            return counties.stream()
                    .filter(c -> c.getFips().equals(chosen))
                    .findFirst()
                    .orElseThrow(
                            () -> InvalidInputException.of("countyFips", Text.of("participant.zipNotInCounty", zip)));
        }
        if (counties.size() > 1) {
            throw InvalidInputException.of(
                    "countyFips",
                    Text.of(
                            "participant.zipCounties",
                            zip,
                            String.join(
                                    ", ", counties.stream().map(County::getName).toList())));
        }
        return counties.get(0);
    }

    private static String validSsn(String input) {
        String ssn = SsnRules.normalize(input);
        SsnRules.problem(ssn).ifPresent(problem -> {
            throw InvalidInputException.of("ssn", problem);
        });
        return ssn;
    }

    private boolean embedded() {
        return startup.isDemo();
    }

    private Participant load(long id) {
        return em.createNamedQuery(Participant.FIND_WHOLE, Participant.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("participant.noParticipant", id)));
    }

    /** "WP-" and 8 characters that cannot be confused (no 0/O, 1/I), unrelated to any SSN. */
    private String newNumber() {
        while (true) {
            StringBuilder number = new StringBuilder("WP-");
            for (int i = 0; i < 8; i++) {
                number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
            }
            long taken = em.createNamedQuery(Participant.COUNT_BY_NUMBER, Long.class)
                    .setParameter("number", number.toString())
                    .getSingleResult();
            if (taken == 0) {
                return number.toString();
            }
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

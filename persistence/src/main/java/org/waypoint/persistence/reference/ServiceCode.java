package org.waypoint.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Program;

/**
 * One activity code of a state's service catalog: what a case manager records when a participant
 * receives a service. The code carries the facts the rest of the case reads from it instead of from
 * code: its federal category, the programs that may fund it, whether it makes a participant (a
 * participation-level service, 20 CFR 677.150(a)), whether it keeps the exit clock running (20 CFR
 * 677.150(c)), and the PIRL data elements its delivery dates feed. A state admin keeps the catalog;
 * a code is never deleted (service records name it), only deactivated. The code itself is fixed once
 * saved; its name may change.
 *
 * <p>The programs and the PIRL element numbers are kept as space-separated text, so that the audit
 * trail shows a change of either as one readable value ("ADULT DISLOCATED_WORKER").
 */
@Entity
@Table(name = "service_code")
@NamedQuery(
        name = ServiceCode.FIND_BY_STATE,
        query = "SELECT s FROM ServiceCode s WHERE s.state.code = :state ORDER BY s.active DESC, s.category, s.code")
@NamedQuery(
        name = ServiceCode.COUNT_SAME_CODE,
        query = "SELECT COUNT(s) FROM ServiceCode s WHERE s.state.code = :state AND s.code = :code AND s.id <> :id")
@NamedQuery(name = ServiceCode.COUNT_BY_STATE, query = "SELECT COUNT(s) FROM ServiceCode s WHERE s.state.code = :state")
public class ServiceCode implements Auditable {

    /** Every code of a state, active ones first, by category and code. */
    public static final String FIND_BY_STATE = "ServiceCode.findByState";
    /** Other codes of the state with this code (upper case). */
    public static final String COUNT_SAME_CODE = "ServiceCode.countSameCode";

    public static final String COUNT_BY_STATE = "ServiceCode.countByState";
    /** The database's unique index on (state, code): decides between two admins adding one code at once. */
    public static final String CODE_UNIQUE = "uq_service_code";

    /** Letters, digits and dashes, starting with a letter or digit; kept in upper case. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]*";

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 200;
    public static final int PROGRAMS_LENGTH = 100;
    public static final int PIRL_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code", updatable = false)
    private StateProfile state;

    @NotBlank(message = "{waypoint.serviceCode.code.required}")
    @Size(max = CODE_LENGTH, message = "{waypoint.serviceCode.code.invalid}")
    @Pattern(regexp = CODE_PATTERN, message = "{waypoint.serviceCode.code.invalid}")
    @Column(updatable = false, length = CODE_LENGTH)
    private String code;

    @NotBlank(message = "{waypoint.serviceCode.name.required}")
    @Size(max = NAME_LENGTH, message = "{waypoint.serviceCode.name.size}")
    @Column(length = NAME_LENGTH)
    private String name;

    @NotNull(message = "{waypoint.serviceCode.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ServiceCategory category;

    /** The youth program element (20 CFR 681.460(a), 1 to 14) the service is, for a youth; else null. */
    @Min(value = 1, message = "{waypoint.serviceCode.youthElement.invalid}")
    @Max(value = 14, message = "{waypoint.serviceCode.youthElement.invalid}")
    @Column(name = "youth_element")
    private Integer youthElement;

    /** The programs that may fund it, space-separated {@link Program} names. */
    @NotBlank(message = "{waypoint.serviceCode.programs.required}")
    @Size(max = PROGRAMS_LENGTH)
    @Column(length = PROGRAMS_LENGTH)
    private String programs;

    @Column(name = "participation_level")
    private boolean participationLevel;

    @Column(name = "keeps_exit_clock")
    private boolean keepsExitClock;

    /** PIRL data element numbers its delivery feeds, space-separated; null when none. */
    @Size(max = PIRL_LENGTH, message = "{waypoint.serviceCode.pirl.size}")
    @Pattern(regexp = "\\d{3,4}( \\d{3,4})*", message = "{waypoint.serviceCode.pirl.size}")
    @Column(name = "pirl_elements", length = PIRL_LENGTH)
    private String pirlElements;

    private boolean active = true;

    @Version
    private long version;

    protected ServiceCode() {}

    public ServiceCode(StateProfile state, String code) {
        this.state = state;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public Integer getYouthElement() {
        return youthElement;
    }

    public void setYouthElement(Integer youthElement) {
        this.youthElement = youthElement;
    }

    public Set<Program> getPrograms() {
        Set<Program> set = EnumSet.noneOf(Program.class);
        if (programs != null && !programs.isBlank()) {
            Arrays.stream(programs.trim().split(" +")).map(Program::valueOf).forEach(set::add);
        }
        return set;
    }

    /** In the enum's order, so that the same programs are always written the same way. */
    public void setPrograms(Collection<Program> funding) {
        Set<Program> ordered = EnumSet.noneOf(Program.class);
        if (funding != null) {
            funding.stream().filter(java.util.Objects::nonNull).forEach(ordered::add);
        }
        String text = ordered.stream().map(Program::name).collect(Collectors.joining(" "));
        this.programs = text.isEmpty() ? null : text;
    }

    public boolean isParticipationLevel() {
        return participationLevel;
    }

    public void setParticipationLevel(boolean participationLevel) {
        this.participationLevel = participationLevel;
    }

    public boolean isKeepsExitClock() {
        return keepsExitClock;
    }

    public void setKeepsExitClock(boolean keepsExitClock) {
        this.keepsExitClock = keepsExitClock;
    }

    public List<Integer> getPirlElements() {
        return pirlElements == null
                ? List.of()
                : Arrays.stream(pirlElements.split(" ")).map(Integer::valueOf).toList();
    }

    /** Kept as given (in the order the admin listed them), without repeats. */
    public void setPirlElements(Collection<Integer> elements) {
        String text = elements == null
                ? ""
                : elements.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .map(String::valueOf)
                        .collect(Collectors.joining(" "));
        this.pirlElements = text.isEmpty() ? null : text;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }
}

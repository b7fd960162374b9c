package org.waypoint.persistence.eligibility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;

/**
 * A saved WIOA eligibility determination: the program, the date it speaks for, the facts used
 * (as JSON), each criterion with its reason, where each fact was verified, who determined it and
 * when. Determinations are history: a new one is added, none is ever changed.
 */
@Entity
@Table(name = "eligibility_determination")
@NamedQuery(
        name = EligibilityDetermination.FIND_BY_PARTICIPANT,
        query = "SELECT d FROM EligibilityDetermination d WHERE d.participant.id = :participantId"
                + " ORDER BY d.determinedAt DESC, d.id DESC")
public class EligibilityDetermination implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "EligibilityDetermination.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Column(name = "lwda_id", nullable = false, updatable = false)
    private Long lwdaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Program program;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(nullable = false, updatable = false)
    private boolean eligible;

    @Column(name = "priority_group", updatable = false)
    private Integer priorityGroup;

    @Column(name = "determined_by", nullable = false, updatable = false)
    private String determinedBy;

    @Column(name = "determined_at", nullable = false, updatable = false)
    private Instant determinedAt;

    @Column(nullable = false, updatable = false, length = 10000)
    private String facts;

    /** The conditions the finding carries (a 5% cap it counts toward, no training), comma-separated. */
    @Column(updatable = false, length = 200)
    private String conditions;

    /** Why the Adult is in the priority-of-service group: the group and the facts that placed them. */
    @Column(name = "priority_reason", updatable = false, length = 500)
    private String priorityReason;

    /** The same reason as a service text's JSON, for a Spanish page (issue 19); null before texts were kept. */
    @Column(name = "priority_reason_text", updatable = false, length = 2000)
    private String priorityReasonText;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "eligibility_criterion", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    private List<CriterionOutcome> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "eligibility_fact_source", joinColumns = @JoinColumn(name = "determination_id"))
    @MapKeyColumn(name = "fact")
    @Column(name = "source")
    @Enumerated(EnumType.STRING)
    private Map<String, FactSource> sources = new HashMap<>();

    protected EligibilityDetermination() {}

    public EligibilityDetermination(
            Participant participant,
            Program program,
            LocalDate asOf,
            boolean eligible,
            Integer priorityGroup,
            String determinedBy,
            String facts,
            List<CriterionOutcome> criteria,
            Map<String, FactSource> sources) {
        this.participant = participant;
        this.lwdaId = participant.getLwda().getId();
        this.program = program;
        this.asOf = asOf;
        this.eligible = eligible;
        this.priorityGroup = priorityGroup;
        this.determinedBy = determinedBy;
        this.determinedAt = Instant.now();
        this.facts = facts;
        this.criteria.addAll(criteria);
        this.sources.putAll(sources);
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Eligibility determinations are history: add a new determination instead");
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return lwdaId;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Program getProgram() {
        return program;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public boolean isEligible() {
        return eligible;
    }

    public Integer getPriorityGroup() {
        return priorityGroup;
    }

    public String getDeterminedBy() {
        return determinedBy;
    }

    public Instant getDeterminedAt() {
        return determinedAt;
    }

    public String getFacts() {
        return facts;
    }

    public List<CriterionOutcome> getCriteria() {
        return criteria;
    }

    public String getConditions() {
        return conditions;
    }

    /** Set once, before the determination is saved. */
    public void setConditions(String conditions) {
        if (id != null) {
            throw new IllegalStateException("Eligibility determinations are history");
        }
        this.conditions = conditions;
    }

    public String getPriorityReason() {
        return priorityReason;
    }

    /** Set once, before the determination is saved. */
    public void setPriorityReason(String priorityReason) {
        if (id != null) {
            throw new IllegalStateException("Eligibility determinations are history");
        }
        this.priorityReason = priorityReason;
    }

    public String getPriorityReasonText() {
        return priorityReasonText;
    }

    /** Set once, before the determination is saved. */
    public void setPriorityReasonText(String priorityReasonText) {
        if (id != null) {
            throw new IllegalStateException("Eligibility determinations are history");
        }
        this.priorityReasonText = priorityReasonText;
    }

    public Map<String, FactSource> getSources() {
        return sources;
    }
}

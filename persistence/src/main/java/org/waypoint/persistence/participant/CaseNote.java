package org.waypoint.persistence.participant;

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
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.Lwda;

/**
 * A dated case note by a staff member. Case notes are the record monitors read, so they are
 * append-only: a correction is a new note that points to the note it corrects, and both stay.
 * A note may point to the plan version or service it discusses.
 */
@Entity
@Table(name = "case_note")
@NamedQuery(
        name = CaseNote.FIND_BY_PARTICIPANT,
        query = "SELECT n FROM CaseNote n LEFT JOIN FETCH n.corrects WHERE n.participant.id = :participantId"
                + " ORDER BY n.writtenAt DESC, n.id DESC")
@NamedQuery(
        name = CaseNote.SEARCH_BY_PARTICIPANT,
        query = "SELECT n FROM CaseNote n LEFT JOIN FETCH n.corrects WHERE n.participant.id = :participantId"
                + " AND n.textSearch LIKE :text ORDER BY n.writtenAt DESC, n.id DESC")
public class CaseNote implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "CaseNote.findByParticipant";
    public static final String SEARCH_BY_PARTICIPANT = "CaseNote.searchByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @NotNull(message = "{waypoint.note.contactDate.required}")
    @PastOrPresent(message = "{waypoint.note.contactDate.future}")
    @Column(name = "contact_date", nullable = false, updatable = false)
    private LocalDate contactDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoteCategory category;

    @NotBlank(message = "{waypoint.note.text.required}")
    @Size(max = 10000, message = "{waypoint.note.text.size}")
    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "text_search", nullable = false, updatable = false)
    private String textSearch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id", updatable = false)
    private CaseNote corrects;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Column(name = "plan_version", updatable = false)
    private Integer planVersion;

    @Column(name = "service_id", updatable = false)
    private Long serviceId;

    protected CaseNote() {}

    public CaseNote(Participant participant, String author, LocalDate contactDate, NoteCategory category, String text) {
        this.participant = participant;
        this.lwda = participant.getLwda();
        this.author = author;
        this.writtenAt = Instant.now();
        this.contactDate = contactDate;
        this.category = category;
        this.text = text;
        this.textSearch = text == null ? "" : text.toLowerCase();
    }

    /** Ties the note to what it discusses: the note it corrects, a plan version, a service. */
    public CaseNote about(CaseNote corrected, Long planId, Integer planVersion, Long serviceId) {
        this.corrects = corrected;
        this.planId = planId;
        this.planVersion = planVersion;
        this.serviceId = serviceId;
        return this;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Case notes are append-only: write a correcting note instead");
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return lwda.getId();
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public NoteCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public CaseNote getCorrects() {
        return corrects;
    }

    public Long getPlanId() {
        return planId;
    }

    public Integer getPlanVersion() {
        return planVersion;
    }

    public Long getServiceId() {
        return serviceId;
    }
}

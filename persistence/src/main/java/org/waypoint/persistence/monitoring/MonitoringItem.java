package org.waypoint.persistence.monitoring;

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
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;

/**
 * One question of a file's checklist, with its citation, what Waypoint suggests from its records
 * (and the evidence it read), and the monitor's result and comment. A FINDING is also a corrective
 * action: due by a date the monitor sets, answered by the LWDA admin, closed (or reopened) by the
 * monitor. Monitor and LWDA admin both change it, so its version is the lock they meet.
 */
@Entity
@Table(name = "monitoring_item")
@NamedQuery(
        name = MonitoringItem.FIND_FINDINGS,
        query = "SELECT i FROM MonitoringItem i JOIN FETCH i.file f JOIN FETCH f.review r JOIN FETCH r.lwda"
                + " JOIN FETCH f.participant WHERE i.findingStatus IS NOT NULL ORDER BY i.dueDate, i.id")
@NamedQuery(
        name = MonitoringItem.FIND_FINDINGS_OF_LWDA,
        query = "SELECT i FROM MonitoringItem i JOIN FETCH i.file f JOIN FETCH f.review r JOIN FETCH r.lwda"
                + " JOIN FETCH f.participant WHERE i.findingStatus IS NOT NULL AND r.lwda.id = :lwdaId"
                + " ORDER BY i.dueDate, i.id")
public class MonitoringItem implements Auditable {

    /** The findings of every review, soonest due first. */
    public static final String FIND_FINDINGS = "MonitoringItem.findFindings";
    /** The findings of one LWDA's reviews, soonest due first. */
    public static final String FIND_FINDINGS_OF_LWDA = "MonitoringItem.findFindingsOfLwda";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", updatable = false)
    private MonitoringFile file;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String question;

    @Column(nullable = false, updatable = false)
    private String citation;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ItemResult suggested;

    @Column(updatable = false)
    private String evidence;

    /** The evidence as a service text (its key and arguments, as JSON), read in the page's language; null before V33. */
    @Column(name = "evidence_text", length = 4000, updatable = false)
    private String evidenceText;

    @Enumerated(EnumType.STRING)
    private ItemResult result;

    private String comment;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_status")
    private FindingStatus findingStatus;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String response;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected MonitoringItem() {}

    public MonitoringItem(
            MonitoringFile file,
            int position,
            String code,
            String question,
            String citation,
            ItemResult suggested,
            String evidence,
            String evidenceText) {
        this.file = file;
        this.position = position;
        this.code = code;
        this.question = question;
        this.citation = citation;
        this.suggested = suggested;
        this.evidence = evidence;
        this.evidenceText = evidenceText;
    }

    /**
     * The monitor's result. A finding opens (or keeps) its corrective action with the due date; any
     * other result drops it, with the LWDA's answer to it.
     */
    public void check(ItemResult result, String comment, LocalDate dueDate, String by) {
        this.result = result;
        this.comment = comment;
        this.checkedBy = by;
        this.checkedAt = Instant.now();
        if (result == ItemResult.FINDING) {
            this.dueDate = dueDate;
            if (findingStatus == null) {
                findingStatus = FindingStatus.OPEN;
            }
        } else {
            this.dueDate = null;
            this.findingStatus = null;
            this.response = null;
            this.respondedBy = null;
            this.respondedAt = null;
            this.closedBy = null;
            this.closedAt = null;
        }
    }

    /** The LWDA admin's answer: what was corrected and how. */
    public void respond(String text, String by) {
        this.response = text;
        this.respondedBy = by;
        this.respondedAt = Instant.now();
        this.findingStatus = FindingStatus.ANSWERED;
    }

    /** The monitor accepts the correction. */
    public void close(String by) {
        this.findingStatus = FindingStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = Instant.now();
    }

    /** The monitor does not accept it (yet): open again, the answer kept for the record. */
    public void reopen() {
        this.findingStatus = FindingStatus.OPEN;
        this.closedBy = null;
        this.closedAt = null;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return file.getReview().getLwda().getId();
    }

    public Long getId() {
        return id;
    }

    public MonitoringFile getFile() {
        return file;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public String getCitation() {
        return citation;
    }

    public ItemResult getSuggested() {
        return suggested;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public ItemResult getResult() {
        return result;
    }

    public String getComment() {
        return comment;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public FindingStatus getFindingStatus() {
        return findingStatus;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getResponse() {
        return response;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}

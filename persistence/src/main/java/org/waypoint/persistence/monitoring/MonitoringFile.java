package org.waypoint.persistence.monitoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;

/** One sampled case file of a review: the participant, the plan reviewed, and its checklist. */
@Entity
@Table(name = "monitoring_file")
public class MonitoringFile implements Auditable {

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", updatable = false)
    private MonitoringReview review;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private Plan plan;

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<MonitoringItem> items = new ArrayList<>();

    protected MonitoringFile() {}

    public MonitoringFile(MonitoringReview review, int position, Participant participant, Plan plan) {
        this.review = review;
        this.position = position;
        this.participant = participant;
        this.plan = plan;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return review.getLwda().getId();
    }

    public Long getId() {
        return id;
    }

    public MonitoringReview getReview() {
        return review;
    }

    public int getPosition() {
        return position;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<MonitoringItem> getItems() {
        return items;
    }
}

package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.StateView;
import org.waypoint.service.reference.StatePolicyInput;
import org.waypoint.web.common.Pages;

/**
 * The plan policy part of admin/reference.xhtml: per state, how often plans are reviewed
 * (Kentucky 24-003: at least every 90 days; empty when the state sets none) and how old an
 * objective assessment may be when a youth ISS is started, and how recent another program's
 * service strategy must be for an ISS to use it (681.420(a)(4)).
 */
@Named
@ViewScoped
public class StatePolicyAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceService reference;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = reference.states().stream().map(Row::new).toList();
        }
        return rows;
    }

    public void save(Row row) {
        try {
            StateView saved = reference.updatePlanPolicy(
                    row.getCode(),
                    new StatePolicyInput(
                            row.getReviewIntervalDays(),
                            row.getAssessmentMaxAgeMonths(),
                            row.getStrategyMaxAgeMonths(),
                            null,
                            null));
            rows = null;
            Pages.info("reference.policy.saved", saved.name());
        } catch (RuntimeException e) {
            Pages.show(e, "policy");
        }
    }

    /** One state's policy as the table edits it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private Integer reviewIntervalDays;
        private Integer assessmentMaxAgeMonths;
        private Integer strategyMaxAgeMonths;

        Row(StateView state) {
            this.code = state.code();
            this.name = state.name();
            this.reviewIntervalDays = state.planReviewIntervalDays();
            this.assessmentMaxAgeMonths = state.assessmentMaxAgeMonths();
            this.strategyMaxAgeMonths = state.strategyMaxAgeMonths();
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Integer getReviewIntervalDays() {
            return reviewIntervalDays;
        }

        public void setReviewIntervalDays(Integer reviewIntervalDays) {
            this.reviewIntervalDays = reviewIntervalDays;
        }

        public Integer getAssessmentMaxAgeMonths() {
            return assessmentMaxAgeMonths;
        }

        public void setAssessmentMaxAgeMonths(Integer assessmentMaxAgeMonths) {
            this.assessmentMaxAgeMonths = assessmentMaxAgeMonths;
        }

        public Integer getStrategyMaxAgeMonths() {
            return strategyMaxAgeMonths;
        }

        public void setStrategyMaxAgeMonths(Integer strategyMaxAgeMonths) {
            this.strategyMaxAgeMonths = strategyMaxAgeMonths;
        }
    }
}

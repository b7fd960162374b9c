package org.waypoint.web.supportive;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.supportive.ApprovalInput;
import org.waypoint.service.supportive.ApprovalService;
import org.waypoint.service.supportive.SupportiveServiceView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * approvals/list.xhtml: the LWDA admin's supportive services above the local limits, oldest first;
 * choosing one opens its need and the decision form (approve or deny, with the reason the case
 * manager will see).
 */
@Named
@ViewScoped
public class ApprovalListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApprovalService approvals;

    private List<SupportiveServiceView> pending;
    private SupportiveServiceView chosen;
    private RecordDraft<ApprovalInput> decision = RecordDraft.empty(ApprovalInput.class);

    public List<SupportiveServiceView> getPending() {
        if (pending == null) {
            pending = approvals.pending();
        }
        return pending;
    }

    public void choose(SupportiveServiceView request) {
        chosen = request;
        decision = RecordDraft.empty(ApprovalInput.class);
        decision.set("version", request.version());
    }

    public void approve() {
        decide(true);
    }

    public void deny() {
        decide(false);
    }

    private void decide(boolean approve) {
        try {
            decision.set("approve", approve);
            SupportiveServiceView decided = approvals.decide(chosen.id(), decision.toRecord());
            chosen = null;
            pending = null;
            Pages.info(
                    approve ? "approvals.approved" : "approvals.denied",
                    decided.serviceName(),
                    decided.participantName());
        } catch (RuntimeException e) {
            Pages.show(e, "decisionForm");
        }
    }

    public SupportiveServiceView getChosen() {
        return chosen;
    }

    /** The decision's fields, bound as #{approvalListView.decision.reason}. */
    public RecordDraft<ApprovalInput> getDecision() {
        return decision;
    }
}

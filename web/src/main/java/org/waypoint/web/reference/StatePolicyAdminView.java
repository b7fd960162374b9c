package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.StateView;
import org.waypoint.service.reference.StatePolicyInput;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

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

    private List<StateView> states;
    private final Map<String, RecordDraft<StatePolicyInput>> drafts = new LinkedHashMap<>();

    /** The states, each with its settings as loaded. */
    public List<StateView> getStates() {
        if (states == null) {
            states = reference.states();
            drafts.clear();
            states.forEach(state -> drafts.put(state.code(), RecordDraft.from(StatePolicyInput.class, state)));
        }
        return states;
    }

    /** Each state's settings as the table edits them, by state code. */
    public Map<String, RecordDraft<StatePolicyInput>> getDrafts() {
        getStates();
        return drafts;
    }

    public void save(String code) {
        try {
            StateView saved = reference.updatePlanPolicy(code, drafts.get(code).toRecord());
            states = null;
            Pages.info("reference.policy.saved", saved.name());
        } catch (RuntimeException e) {
            Pages.show(e, "policy");
        }
    }

    /** Which Adult and Dislocated Worker exiters get follow-up (20 CFR 680.150), labelled from the bundle. */
    public List<jakarta.faces.model.SelectItem> getAdultFollowUpChoices() {
        return java.util.Arrays.stream(org.waypoint.persistence.reference.AdultFollowUp.values())
                .map(v -> new jakarta.faces.model.SelectItem(v, Pages.text("enum.AdultFollowUp." + v.name())))
                .toList();
    }
}

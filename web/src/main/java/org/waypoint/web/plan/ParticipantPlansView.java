package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Plans tab of participants/view.xhtml: the participant's IEPs and ISSs with their checklist
 * and review status, starting a new one, and the flag a youth without a signed ISS carries (the
 * ISS is a condition of youth eligibility, Kentucky 24-003).
 */
@Named
@ViewScoped
public class ParticipantPlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @Inject
    private ParticipantPageView page;

    private List<PlanView> list;

    public List<PlanView> getPlans() {
        if (list == null && page.getParticipant() != null) {
            list = plans.plans(page.getId());
        }
        return list == null ? List.of() : list;
    }

    /** Starts a plan of the kind and opens it; a participant who may not have one gets the reason. */
    public String start(PlanKind kind) {
        try {
            PlanView created = plans.create(page.getId(), kind);
            return "/plans/edit?faces-redirect=true&id=" + created.id();
        } catch (RuntimeException e) {
            return Pages.show(e, "tabs:plans");
        }
    }

    /** An open youth enrollment and no signed ISS. */
    public boolean isYouthWithoutIss() {
        List<EnrollmentView> enrollments = page.getEnrollments();
        boolean youth = enrollments != null
                && enrollments.stream()
                        .anyMatch(e -> e.isOpen()
                                && (e.program() == Program.YOUTH_IN_SCHOOL
                                        || e.program() == Program.YOUTH_OUT_OF_SCHOOL));
        return youth
                && getPlans().stream()
                        .noneMatch(p -> p.kind() == PlanKind.ISS
                                && p.versions().stream().anyMatch(v -> v.signedAt() != null));
    }

    /** The plan versions a case note may be about: "IEP, version 2". */
    public List<SelectItem> getVersionChoices() {
        List<SelectItem> items = new ArrayList<>();
        for (PlanView plan : getPlans()) {
            for (PlanView.VersionSummary v : plan.versions()) {
                items.add(new SelectItem(
                        plan.id() + ":" + v.number(),
                        Pages.text("plan.short." + plan.kind()) + ", "
                                + Pages.text("plan.column.version").toLowerCase() + " " + v.number() + " ("
                                + Pages.text("plan.status." + v.status()) + ")"));
            }
        }
        return items;
    }
}

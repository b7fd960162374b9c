package org.waypoint.web.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The steps of plans/edit.xhtml, built as the user reaches them (issue 21). A plan has eight or nine
 * steps and a case manager opening it works in one or two, so the first load renders only the step
 * shown; a step's inputs are drawn the first time its tab is shown, in the same request that saves the
 * step left, and stay on the page from then on. A step never drawn is neither decoded nor saved from:
 * its part of the plan keeps what was loaded (an unticked box that was never on screen is not "no").
 */
@Named
@ViewScoped
public class PlanStepsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps in the order of their tabs; "youth" is the ISS's only. */
    static final List<String> STEPS =
            List.of("goals", "lmi", "seeker", "needs", "services", "objectives", "youth", "followUp", "sign");

    private static final String ACTIVE_INDEX = "plan:steps_activeIndex";

    @Inject
    private PlanEditView editor;

    private final Set<String> shown = new HashSet<>();
    private int activeIndex;

    /** Whether the step's inputs are on the page. */
    public boolean shown(String step) {
        return shown.contains(step);
    }

    /**
     * preRenderView: the step on screen is drawn. On a request sent as a tab is shown, that is the tab
     * the browser now shows (the model is not updated when the step left failed validation, so the
     * request names it); when it is drawn for the first time its body is added to the update.
     */
    public void showActive() {
        if (editor.getPlan() == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> steps = editor.isYouth()
                ? STEPS
                : STEPS.stream().filter(s -> !s.equals("youth")).toList();
        int index = faces.isPostback() ? requested(faces) : activeIndex;
        String step = steps.get(Math.max(0, Math.min(index, steps.size() - 1)));
        if (shown.add(step) && faces.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().update("plan:steps:" + step + "Body");
        }
    }

    private int requested(FacesContext faces) {
        String sent = faces.getExternalContext().getRequestParameterMap().get(ACTIVE_INDEX);
        try {
            return sent == null ? activeIndex : Integer.parseInt(sent);
        } catch (NumberFormatException e) {
            return activeIndex;
        }
    }

    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }
}

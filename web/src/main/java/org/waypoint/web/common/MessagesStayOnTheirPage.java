package org.waypoint.web.common;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A message shown with the response it belongs to is not shown again (issue 19: "Plan saved" came
 * back when the case manager moved to the next step or tab). {@link Pages#info} asks the flash to
 * keep its message so that it survives a redirect to the page an action navigates to; when the
 * response is rendered here instead, the message is shown now, and keeping it would carry it into
 * whatever request comes next (an ajax step change, another tab). A redirect ends the request before
 * rendering, so only that path keeps its message.
 */
public class MessagesStayOnTheirPage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getFlash().isKeepMessages()) {
            context.getExternalContext().getFlash().setKeepMessages(false);
        }
    }
}

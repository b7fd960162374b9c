package org.waypoint.web.common;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with an address parameter it cannot read ({@code eligibility.xhtml?id=abc}) answers
 * 400 naming the parameter. Without this, Faces skips the page's load action after the failed
 * conversion and renders the page around a record it never loaded, which fails as an error of ours.
 */
public class BadViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (!parameter.isValid()) {
                try {
                    context.getExternalContext()
                            .responseSendError(
                                    400, "The address parameter \"" + parameter.getName() + "\" is not valid.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}

package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.plan.SignatureInput;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * The last step of plans/edit.xhtml: the participant and the staff member sign, each by drawing on
 * the signature pad or by typing their name and consenting to sign electronically. Saves the form
 * first, so the version signed is exactly what the page shows.
 */
@Named
@ViewScoped
public class PlanSigningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @Inject
    private PlanEditView editor;

    @Inject
    private SessionUser user;

    private final Signer participant = new Signer();
    private final Signer staff = new Signer();
    // the case manager ticks it when the copy was offered (issue 19: it came pre-ticked)
    private boolean copyOffered;

    /** The names a signature starts from: the participant's and the signed-in staff member's. */
    public void prepare() {
        if (participant.name == null && editor.getParticipant() != null) {
            participant.name = editor.getParticipant().fullName();
        }
        if (staff.name == null) {
            staff.name = user.getDisplayName();
        }
    }

    public void sign() {
        if (!editor.store()) {
            return;
        }
        PlanView plan = editor.getPlan();
        try {
            PlanView signed =
                    plans.sign(plan.id(), plan.versionLock(), participant.input(), staff.input(), copyOffered);
            editor.signed(signed);
            Pages.info("plan.signedOk", signed.versionNumber());
        } catch (RuntimeException e) {
            Pages.show(e, "plan:steps");
        }
    }

    public Signer getParticipant() {
        return participant;
    }

    public Signer getStaff() {
        return staff;
    }

    public boolean isCopyOffered() {
        return copyOffered;
    }

    public void setCopyOffered(boolean copyOffered) {
        this.copyOffered = copyOffered;
    }

    /** One signer's input: the name, the pad's drawing (a PNG data URL) or consent to a typed name. */
    public static class Signer implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String drawing;
        private String drawingJson;
        private boolean typed;
        private boolean consent;

        SignatureInput input() {
            boolean drawn = !typed && drawing != null && !drawing.isBlank();
            return new SignatureInput(name, drawn ? drawing : null, typed && consent);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDrawing() {
            return drawing;
        }

        public void setDrawing(String drawing) {
            this.drawing = drawing;
        }

        public String getDrawingJson() {
            return drawingJson;
        }

        public void setDrawingJson(String drawingJson) {
            this.drawingJson = drawingJson;
        }

        public boolean isTyped() {
            return typed;
        }

        public void setTyped(boolean typed) {
            this.typed = typed;
        }

        public boolean isConsent() {
            return consent;
        }

        public void setConsent(boolean consent) {
            this.consent = consent;
        }
    }
}

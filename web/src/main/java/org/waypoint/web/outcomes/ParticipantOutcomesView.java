package org.waypoint.web.outcomes;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.outcomes.CredentialService;
import org.waypoint.service.outcomes.CredentialView;
import org.waypoint.service.outcomes.SkillGainService;
import org.waypoint.service.outcomes.SkillGainView;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Outcomes tab of participants/view.xhtml: the participant's credentials and measurable skill
 * gains, newest first, voided ones struck through with their reason, each one click from the page
 * that shows or voids it. Read once per view, when the tab is drawn.
 */
@Named
@ViewScoped
public class ParticipantOutcomesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CredentialService credentialService;

    @EJB
    private SkillGainService skillGainService;

    @Inject
    private ParticipantPageView page;

    private List<CredentialView> credentials;
    private List<SkillGainView> skillGains;

    public List<CredentialView> getCredentials() {
        if (credentials == null && page.getParticipant() != null) {
            credentials = credentialService.credentials(page.getId());
        }
        return credentials == null ? List.of() : credentials;
    }

    public List<SkillGainView> getSkillGains() {
        if (skillGains == null && page.getParticipant() != null) {
            skillGains = skillGainService.skillGains(page.getId());
        }
        return skillGains == null ? List.of() : skillGains;
    }
}

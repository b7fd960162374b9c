package org.waypoint.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.security.StaffLanguage;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffAccountService.OwnPreferences;
import org.waypoint.web.common.Pages;

/** account/preferences.xhtml: a staff member chooses the language of their pages (issue 19). */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccountService staff;

    @Inject
    private SessionUser user;

    private String language;

    @PostConstruct
    void load() {
        language = staff.ownPreferences().language();
    }

    public String save() {
        try {
            OwnPreferences saved = staff.setOwnPreferences(new OwnPreferences(language));
            user.languageChanged(saved.language());
            // the confirmation already speaks the language just chosen
            FacesContext.getCurrentInstance().getViewRoot().setLocale(Locale.forLanguageTag(saved.language()));
            Pages.info("preferences.saved");
            return "/account/preferences?faces-redirect=true";
        } catch (RuntimeException e) {
            return Pages.show(e, "account");
        }
    }

    public List<String> getLanguages() {
        return StaffLanguage.SUPPORTED;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}

package org.waypoint.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The locale of every page (issue 19, WIOA sec. 188 language access): a signed-in staff member's own
 * language from their account; before sign-in (the login page) the browser's Accept-Language among
 * the supported locales of faces-config.xml, which is what Faces does by default.
 */
public class StaffLocaleViewHandler extends ViewHandlerWrapper {

    public StaffLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getUserPrincipal() != null) {
            return CDI.current().select(SessionUser.class).get().getLocale();
        }
        return super.calculateLocale(context);
    }
}

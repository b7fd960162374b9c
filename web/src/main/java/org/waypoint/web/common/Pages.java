package org.waypoint.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.LocalizedMessage;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.StoreFailures;
import org.waypoint.service.common.Text;

/**
 * What every view bean does with the outcome of a service call: a message for the page, a message
 * next to the field the service named, or the error page that fits. Keeps view beans free of
 * exception plumbing.
 */
public final class Pages {

    private Pages() {}

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** The bundle's text for {@code key} in the page's language, or {@code fallback} when it has none. */
    public static String label(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The language of the page being built: the signed-in staff member's (StaffLocaleViewHandler). */
    public static java.util.Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? java.util.Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }

    /** A service's text in the page's language. */
    public static String text(Text text) {
        return text == null ? null : text.in(locale());
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows a failed service call on the page. Field errors go next to the input whose id (within
     * {@code formId}) is the field name; the rest become a page message. Returns null to stay on the page.
     */
    public static String show(RuntimeException failure, String formId) {
        Throwable e = ServiceFailure.cause(failure);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (Map.Entry<String, String> error :
                    invalid.getFieldErrors(locale()).entrySet()) {
                String clientId = formId + ":" + error.getKey();
                boolean known = faces.getViewRoot().findComponent(":" + clientId) != null;
                faces.addMessage(
                        known ? clientId : null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), error.getValue()));
            }
            faces.validationFailed();
        } else if (e instanceof LocalizedMessage localized) {
            error(localized.getMessage(locale()));
            faces.validationFailed();
        } else if (CallerRefusal.is(e)) {
            error(text("error.denied.text"));
            faces.validationFailed();
        } else if (StoreFailures.translate(e) != null) {
            // found only at flush or commit (issue 18): the same message as the service's own check
            return show(StoreFailures.translate(e), formId);
        } else {
            throw failure;
        }
        return null;
    }

    /** Ends the request with an error status so that the matching error page is shown. */
    public static void sendError(int status) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a page that loads a record: 404 when it does not exist, 403 when it is not the caller's. */
    public static boolean loadFailed(RuntimeException failure) {
        Throwable e = ServiceFailure.cause(failure);
        if (e instanceof NotFoundException) {
            sendError(404);
            return true;
        }
        if (e instanceof AccessDeniedException || CallerRefusal.is(e)) {
            sendError(403);
            return true;
        }
        throw failure;
    }
}

package org.waypoint.web.common;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.waypoint.persistence.common.LogRedaction;

/**
 * PrimeFaces' exception handler (an ajax failure goes to the same error page as a full request),
 * except that what it logs goes through {@link LogRedaction}: PrimeFaces logs the root cause's
 * message, and a database's refusal quotes the participant's values in it.
 */
public class RedactingExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(RedactingExceptionHandlerFactory.class.getName());

    public RedactingExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PrimeExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected void logException(Throwable rootCause) {
                LOG.log(Level.SEVERE, "Unexpected error on a page", LogRedaction.redact(rootCause));
            }
        };
    }
}

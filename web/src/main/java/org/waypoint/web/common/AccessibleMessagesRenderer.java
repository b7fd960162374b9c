package org.waypoint.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages whose list is a list (issue 19, WCAG 1.3.1). PrimeFaces writes each message as
 * {@code <li role="alert" aria-live="polite" aria-atomic="true">}, and an element with a role is no
 * longer a list item, so the {@code <ul>} holds something other than items: screen readers announce
 * a broken list (axe rule {@code list}). The messages' container already is a polite live region
 * ({@code aria-live="polite"} on the div), so the items lose only their own role and live-region
 * attributes and every message is still read out when it appears. Registered in faces-config.xml
 * for every p:messages.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new PlainListItems(writer), uiMessages, message, severity, escape);
    }

    /** Passes everything through except the role and live-region attributes of a list item. */
    private static final class PlainListItems extends ResponseWriterWrapper {

        private boolean inItem;

        PlainListItems(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            inItem = "li".equals(name);
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (inItem && ("role".equals(name) || name.startsWith("aria-"))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}

package org.waypoint.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Every date field can be typed, as MM/DD/YYYY (issue 19, WCAG 2.1.1): PrimeFaces opens the
 * calendar when the field gets focus and moves focus into it, so typed digits were lost and Enter
 * picked today. Here the calendar opens only from its button, the field takes a masked MM/dd/yyyy
 * when a page gives no pattern of its own, and choosing a day (by click or Enter) closes the
 * calendar and gives focus back to the field.
 */
public class DatePickerRenderer extends org.primefaces.component.datepicker.DatePickerRenderer {

    static final String PATTERN = "MM/dd/yyyy";

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        DatePicker picker = (DatePicker) component;
        if (!picker.isInline()) {
            picker.setShowOnFocus(false);
            picker.setShowIcon(true);
            picker.setFocusOnSelect(true);
        }
        if (picker.getPattern() == null && !picker.isShowTime() && !picker.isTimeOnly()) {
            picker.setPattern(PATTERN);
        }
        if (picker.getMask() == null && !picker.isShowTime() && !picker.isTimeOnly()) {
            picker.setMask("true");
        }
        super.encodeEnd(context, component);
    }
}

package org.waypoint.web.common;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.selectonebutton.SelectOneButton;
import org.primefaces.component.selectonebutton.SelectOneButtonRenderer;
import org.primefaces.util.HTML;
import org.primefaces.util.LangUtils;
import org.primefaces.util.WidgetBuilder;

/**
 * Every p:selectOneButton as a proper radio group (issue 19, WCAG 4.1.2): PrimeFaces draws each
 * option as a {@code role=radio} without {@code aria-checked}, with a focusable radio input nested
 * inside it, so a screen reader hears neither which option is chosen nor a clean control. Here each
 * option is a {@code role=radio} with {@code aria-checked} and nothing focusable inside; the radio
 * inputs the form submits sit apart in a hidden span. PrimeFaces' own widget runs in its "custom"
 * mode, which pairs the n-th option with the n-th input; js/radio-buttons.js keeps {@code
 * aria-checked} and the roving tab stop in step and moves between options with the arrow keys, as
 * the ARIA radio group pattern does.
 */
@ResourceDependency(name = "js/radio-buttons.js", target = "head")
public class RadioButtonsRenderer extends SelectOneButtonRenderer {

    @Override
    protected void encodeDefaultLayout(FacesContext context, SelectOneButton component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String clientId = component.getClientId(context);
        List<SelectItem> items = getSelectItems(context, component);
        writer.startElement("div", component);
        writer.writeAttribute("id", clientId, "id");
        writer.writeAttribute(
                "class",
                createStyleClass(component, SelectOneButton.STYLE_CLASS) + " ui-buttonset-" + items.size()
                        + " wp-radiogroup",
                "styleClass");
        writer.writeAttribute(HTML.ARIA_ROLE, "radiogroup", null);
        if (component.getStyle() != null) {
            writer.writeAttribute("style", component.getStyle(), "style");
        }
        Object value = component.getSubmittedValue() != null ? component.getSubmittedValue() : component.getValue();
        Class<?> type = value == null ? String.class : value.getClass();
        boolean anyChecked = false;
        boolean[] checked = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Object itemValue = items.get(i).getValue();
            if (value == null) {
                checked[i] = itemValue == null;
            } else {
                Object coerced = coerceToModelType(context, itemValue, type);
                checked[i] = coerced != null && coerced.equals(value);
            }
            anyChecked |= checked[i] && !isDisabled(component, items.get(i));
        }
        boolean tabStopGiven = false;
        for (int i = 0; i < items.size(); i++) {
            boolean disabled = isDisabled(component, items.get(i));
            boolean tabStop = !disabled && !tabStopGiven && (checked[i] || !anyChecked);
            tabStopGiven |= tabStop;
            encodeRadio(writer, items.get(i), checked[i], disabled, tabStop);
        }
        encodeInputs(context, component, items, checked);
        writer.endElement("div");
    }

    private static boolean isDisabled(SelectOneButton component, SelectItem item) {
        return item.isDisabled() || component.isDisabled();
    }

    private void encodeRadio(ResponseWriter writer, SelectItem item, boolean checked, boolean disabled, boolean tabStop)
            throws IOException {
        String styleClass = HTML.BUTTON_TEXT_ONLY_BUTTON_FLAT_CLASS
                + (checked ? " ui-state-active" : "")
                + (disabled ? " ui-state-disabled" : "");
        writer.startElement("div", null);
        writer.writeAttribute("class", styleClass, null);
        writer.writeAttribute(HTML.ARIA_ROLE, "radio", null);
        writer.writeAttribute("aria-checked", String.valueOf(checked), null);
        if (disabled) {
            writer.writeAttribute("aria-disabled", "true", null);
        } else {
            writer.writeAttribute("tabindex", tabStop ? "0" : "-1", null);
        }
        if (!LangUtils.isEmpty(item.getDescription())) {
            writer.writeAttribute("title", item.getDescription(), null);
        }
        writer.startElement("span", null);
        writer.writeAttribute("class", HTML.BUTTON_TEXT_CLASS, null);
        if (item.isEscape()) {
            writer.writeText(item.getLabel(), "itemLabel");
        } else {
            writer.write(item.getLabel());
        }
        writer.endElement("span");
        writer.endElement("div");
    }

    /** The inputs the form submits, out of sight and out of the tab order (display: none). */
    private void encodeInputs(
            FacesContext context, SelectOneButton component, List<SelectItem> items, boolean[] checked)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String name = component.getClientId(context);
        Converter<?> converter = component.getConverter();
        writer.startElement("span", null);
        writer.writeAttribute("class", "ui-helper-hidden", null);
        for (int i = 0; i < items.size(); i++) {
            String id = name + UINamingContainer.getSeparatorChar(context) + i;
            encodeOptionInput(
                    context,
                    component,
                    id,
                    name,
                    checked[i],
                    isDisabled(component, items.get(i)),
                    getOptionAsString(
                            context, component, converter, items.get(i).getValue()));
        }
        writer.endElement("span");
    }

    @Override
    protected void encodeScript(FacesContext context, SelectOneButton component) throws IOException {
        if (component.getFacet("custom") != null || "custom".equals(component.getLayout())) {
            super.encodeScript(context, component);
            return;
        }
        WidgetBuilder wb = getWidgetBuilder(context);
        wb.init("SelectOneButton", component)
                .attr("custom", true)
                .attr("unselectable", component.isUnselectable(), true)
                .callback("change", "function()", component.getOnchange());
        encodeClientBehaviors(context, component);
        wb.finish();
    }
}

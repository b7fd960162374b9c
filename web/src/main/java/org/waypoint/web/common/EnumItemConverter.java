package org.waypoint.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.model.SelectItem;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;

/**
 * converter="waypoint.enum" on a menu, buttons or boxes whose choices are constants of one enum. Without
 * it, PrimeFaces looks up a converter for the field's type again for every choice it draws: on the
 * participant record that was a twentieth of the page's time (issue 21). The enum is the one of the
 * choices listed, so a list of them (races, barriers) converts as a single value does; a value that is
 * none of them is refused as any choice not listed is.
 */
@FacesConverter("waypoint.enum")
public class EnumItemConverter implements Converter<Enum<?>> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Enum<?> value) {
        return value == null ? "" : value.name();
    }

    @Override
    public Enum<?> getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Class<?> type = choiceType(component);
        if (type != null) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return (Enum<?>) constant;
                }
            }
        }
        Object label = component.getAttributes().get("label");
        String text = MessageFormat.format(
                ResourceBundle.getBundle(
                                "org.waypoint.web.faces-messages",
                                context.getViewRoot().getLocale())
                        .getString("jakarta.faces.component.UISelectOne.INVALID"),
                label != null ? label : component.getId());
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The enum of the first constant among the component's choices. */
    private static Class<?> choiceType(UIComponent component) {
        for (UIComponent child : component.getChildren()) {
            for (Object choice : choices(child)) {
                Object constant = choice instanceof SelectItem item ? item.getValue() : choice;
                if (constant instanceof Enum<?> e) {
                    return e.getDeclaringClass();
                }
            }
        }
        return null;
    }

    private static Collection<?> choices(UIComponent child) {
        if (child instanceof UISelectItem item) {
            return Collections.singletonList(item.getItemValue());
        }
        Object value = child instanceof UISelectItems items ? items.getValue() : null;
        return value instanceof Collection<?> list
                ? list
                : value instanceof Object[] array ? Arrays.asList(array) : List.of();
    }
}

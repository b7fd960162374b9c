package org.waypoint.web.services;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.web.common.Pages;

/**
 * The code menu of the service pages: a state's active codes grouped by category, each as
 * "CODE – name", valued by the code's id.
 */
final class ServiceCodeChoices {

    private ServiceCodeChoices() {}

    static List<SelectItem> grouped(List<ServiceCodeView> codes) {
        Map<ServiceCategory, List<SelectItem>> byCategory = new LinkedHashMap<>();
        for (ServiceCategory category : ServiceCategory.values()) {
            byCategory.put(category, new ArrayList<>());
        }
        for (ServiceCodeView code : codes) {
            byCategory.get(code.category()).add(new SelectItem(code.id(), code.code() + " \u2013 " + code.name()));
        }
        List<SelectItem> groups = new ArrayList<>();
        byCategory.forEach((category, items) -> {
            if (!items.isEmpty()) {
                SelectItemGroup group = new SelectItemGroup(Pages.text("enum.ServiceCategory." + category.name()));
                group.setSelectItems(items.toArray(SelectItem[]::new));
                groups.add(group);
            }
        });
        return groups;
    }
}

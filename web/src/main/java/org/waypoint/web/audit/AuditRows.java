package org.waypoint.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.waypoint.service.audit.AuditService.AuditView;
import org.waypoint.web.common.StaffNameText;

/**
 * {@code #{auditRows.changes(a)}} and {@code #{auditRows.action(a)}}: an audit row as the change
 * history and the audit trail show it, in words ({@link AuditChangeText}) instead of the JSON it is
 * stored as.
 */
@Named
@RequestScoped
public class AuditRows {

    @Inject
    private StaffNameText staffNames;

    private AuditChangeText text;

    public List<String> changes(AuditView row) {
        return text().lines(row.entityClass(), row.changes());
    }

    /** "Changed", "Created", "Signed in"...: the action's label. */
    public String action(AuditView row) {
        return row.action() == null
                ? ""
                : text().enumLabel(
                                row.action().getDeclaringClass(), row.action().name());
    }

    /** "Participant WP-00012": the kind of record in words and its number. */
    public String record(AuditView row) {
        String type = row.entityType() == null ? "" : text().fieldLabel(decapitalize(row.entityType()));
        return row.entityId() == null ? type : type + " " + row.entityId();
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private AuditChangeText text() {
        if (text == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            text = new AuditChangeText(bundle, staffNames::of);
        }
        return text;
    }
}

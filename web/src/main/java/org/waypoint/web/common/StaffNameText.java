package org.waypoint.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.waypoint.service.security.StaffNames;

/**
 * {@code #{staffNames.of(user)}}: the name a staff member goes by where a record holds their login
 * id (who changed, signed, reviewed or wrote). An id that names no account (a system job, an account
 * since removed) reads as it is. Read once per request.
 */
@Named("staffNames")
@RequestScoped
public class StaffNameText {

    @EJB
    private StaffNames names;

    private Map<String, String> byUsername;

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (byUsername == null) {
            byUsername = names.byUsername();
        }
        return byUsername.getOrDefault(username, username);
    }
}

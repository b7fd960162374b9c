package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.web.common.Pages;

/** account/password.xhtml: a staff member changes their own password. */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    private StaffAccountService staff;

    private String current;
    private String next;
    private String repeat;

    public String change() {
        if (next == null || !next.equals(repeat)) {
            Pages.show(
                    org.waypoint.service.common.InvalidInputException.of("repeat", Pages.text("password.mismatch")),
                    "password");
            return null;
        }
        try {
            staff.changeOwnPassword(current, next);
            Pages.info("password.changed");
            return "/index?faces-redirect=true";
        } catch (RuntimeException e) {
            return Pages.show(e, "password");
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

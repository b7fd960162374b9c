package org.waypoint.web.security;

import java.io.Serializable;
import java.util.Set;

/** The identity a form login established, kept in the HTTP session until logout or timeout. */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

    public static final String ATTRIBUTE = SessionCaller.class.getName();
}

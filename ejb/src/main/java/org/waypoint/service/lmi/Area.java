package org.waypoint.service.lmi;

import java.io.Serializable;

/**
 * An area an occupation profile can be shown for.
 *
 * @param id stable and readable: "US", "KY", "KY-bluegrass" (state and LWDA code), "OEWS-30460"
 * @param name as the publisher writes it: "Kentucky", "Bluegrass LWA", "Lexington-Fayette, KY"
 * @param state the postal code of the area's state; null for the nation
 */
public record Area(String id, String name, AreaType type, String state) implements Serializable {}

package org.waypoint.persistence.reference;

/** How a training program is delivered, as the Eligible Training Provider List describes it. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    HYBRID
}

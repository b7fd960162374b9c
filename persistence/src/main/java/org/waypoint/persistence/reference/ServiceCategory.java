package org.waypoint.persistence.reference;

/**
 * The federal kinds of service a state's catalog codes fall into. The category fixes some of what a
 * code may say: self-service and information-only services make no participant (20 CFR
 * 677.150(a)(3)), and neither they nor follow-up services keep the exit clock running (20 CFR
 * 677.150(c)(1)); the code's other flags are the state's data.
 */
public enum ServiceCategory {
    /** Self-service and information-only services and activities (WIOA sec. 134(c)(2)(A); 20 CFR 678.430(a)). */
    SELF_SERVICE_INFORMATION,
    /** Staff-assisted basic career services (WIOA sec. 134(c)(2)(A)(i)-(xi); 20 CFR 678.430(a)). */
    BASIC_CAREER,
    /** Individualized career services (WIOA sec. 134(c)(2)(A)(xii); 20 CFR 678.430(b), 680.150). */
    INDIVIDUALIZED_CAREER,
    /** Training services (WIOA sec. 134(c)(3)(D); 20 CFR 680.200). */
    TRAINING,
    /** Supportive services for adults and dislocated workers (WIOA sec. 3(59), 134(d)(2); 20 CFR 680.900). */
    SUPPORTIVE,
    /** One of the 14 youth program elements (WIOA sec. 129(c)(2); 20 CFR 681.460). */
    YOUTH_ELEMENT,
    /** Follow-up services (20 CFR 678.430(c), 680.150(b), 681.580). */
    FOLLOW_UP
}

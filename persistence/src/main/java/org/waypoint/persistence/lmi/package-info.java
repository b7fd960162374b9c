/**
 * Labour-market information: the published files as imported, one {@link
 * org.waypoint.persistence.lmi.LmiDataset} per import, and the LMI a case manager reviewed with a
 * career seeker ({@link org.waypoint.persistence.lmi.LmiReview}), whose figures are a snapshot that
 * later imports never change, and the participant's O*NET Interest Profiler result ({@link
 * org.waypoint.persistence.lmi.InterestProfile}) that career exploration starts from.
 *
 * <p>The imported rows themselves (projections, wages, O*NET occupations, related occupations,
 * education) are written in bulk and read whole into memory by the LMI service, so they have tables
 * but no entities.
 */
package org.waypoint.persistence.lmi;

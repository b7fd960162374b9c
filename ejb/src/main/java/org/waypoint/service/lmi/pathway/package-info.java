/**
 * The career pathway of a plan (Kentucky 24-003, IEP must-include item 5): from what a career seeker
 * can do now to the goal occupation, through occupations O*NET relates to each other, climbing in
 * O*NET Job Zone and local wage, never through an occupation that needs more preparation than the
 * goal. The rules are plain Java ({@link org.waypoint.service.lmi.pathway.CareerPathwayRule},
 * {@link org.waypoint.service.lmi.pathway.StartingJobZone}); the service reads the current data.
 */
package org.waypoint.service.lmi.pathway;

/**
 * Career exploration (issue 20): the participant's O*NET Interest Profiler result, the occupations
 * whose O*NET interest profiles agree with it within a job zone, with the area's wages, openings,
 * growth and the boards' official in-demand label, and adding one to the participant's LMI review in
 * one step. The matching is plain Java ({@link org.waypoint.service.lmi.explore.InterestMatcher}),
 * tested case by case on the shipped O*NET 29.2 files.
 */
package org.waypoint.service.lmi.explore;

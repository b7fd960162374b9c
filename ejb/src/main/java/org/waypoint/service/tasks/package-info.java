/**
 * The case manager's task list (issue 15): what is due across the caseload, each item one click
 * from the page where it is acted on. {@link org.waypoint.service.tasks.TaskRules} holds the rules
 * of each category as plain Java, {@link org.waypoint.service.tasks.TaskSql} one indexed query per
 * category scoped by the case manager's participants, {@link org.waypoint.service.tasks.TaskService}
 * the caller's list (and an LWDA admin's per-case-manager counts) and {@link
 * org.waypoint.service.tasks.TaskDigest} the optional daily e-mail.
 */
package org.waypoint.service.tasks;

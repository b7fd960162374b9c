/**
 * The task list's web side (issue 15): {@code GET /api/v1/tasks} and tasks/list.xhtml, both bound
 * to {@link org.waypoint.service.tasks.TaskService}'s {@link org.waypoint.service.tasks.TaskList}.
 */
package org.waypoint.web.tasks;

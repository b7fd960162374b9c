/** The task list benchmark's runner (bench/tasks.sh): the raw SQL floor of each category's query. */
package org.waypoint.tools.tasks;

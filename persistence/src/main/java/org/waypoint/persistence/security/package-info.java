/** Staff accounts and roles: who may sign in and what each role may see. */
package org.waypoint.persistence.security;

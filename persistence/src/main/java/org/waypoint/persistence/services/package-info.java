/**
 * Services delivered: what a participant receives after the plan, one record per service in one
 * program enrollment (issue 14). Exit, training and supportive-service spending, follow-up and
 * federal reporting read these records.
 */
package org.waypoint.persistence.services;

/**
 * Services delivered (issue 14): recording, correcting and voiding the services a participant
 * receives in an enrollment, and the enrollment dates they drive (participation, last service).
 */
package org.waypoint.service.services;

/**
 * UI wage records and employment after exit (issue 15). A state admin imports the state's quarterly
 * UI wage file ({@link org.waypoint.service.wages.WageImportService}): read as it streams (the file
 * is spooled to a private temporary file that is deleted afterwards, never kept), checked whole
 * before anything is saved, then matched to the state's participants through the SSN's keyed hash
 * in chunks. {@link org.waypoint.service.wages.EmploymentOutcomeService} then answers, per exited
 * enrollment, employment and earnings in the first to fourth quarter after exit from the wage
 * records and, where they say nothing, from follow-up contacts (TEGL 10-16, Change 1).
 */
package org.waypoint.service.wages;

/**
 * UI wage records (TEGL 10-16, Change 1: the primary source of employment and earnings after exit):
 * one {@link org.waypoint.persistence.wages.WageImport} per import of a state's quarterly wage file,
 * accepted or refused, and the {@link org.waypoint.persistence.wages.WageRecord}s kept from it, one
 * per participant, quarter and employer. No SSN is stored: rows are matched to participants through
 * the SSN's keyed hash, and the rows of people who are not participants are dropped.
 */
package org.waypoint.persistence.wages;

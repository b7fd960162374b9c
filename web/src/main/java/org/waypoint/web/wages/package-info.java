/**
 * UI wage records on the web: the state admin's import page (admin/wage-imports.xhtml) and the
 * {@code /api/v1/wage-records/imports} resource, and a participant's employment after exit (the
 * participant page's include and {@code /api/v1/participants/{id}/employment-outcomes}).
 */
package org.waypoint.web.wages;

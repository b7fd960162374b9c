/**
 * What every upload and import goes through before it is stored: its size against the limit of its
 * kind, and its content (not the type the browser or client declared) against what the upload
 * allows.
 */
package org.waypoint.service.common.upload;

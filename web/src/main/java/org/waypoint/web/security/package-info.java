/**
 * Sign-in for pages and the REST API (one authentication mechanism and the database identity
 * store), staff accounts (their page and /me), passwords.
 */
package org.waypoint.web.security;

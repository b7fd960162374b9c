/** Start-up and operation: settings, schema migration, health, demo data of the embedded default. */
package org.waypoint.service.platform;

/** Pieces every feature's entities share: converters and the audit hook. */
package org.waypoint.persistence.common;

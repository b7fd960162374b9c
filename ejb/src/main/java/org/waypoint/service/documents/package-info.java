/**
 * What participant-facing documents (the signed plan, the LMI report) share: the language they print
 * in and their texts in English and Spanish, kept in the {@code documents} resource bundle.
 */
package org.waypoint.service.documents;

/** What the PDFs share: charts drawn as vectors, in one style. */
package org.waypoint.service.common.pdf;

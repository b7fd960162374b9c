/**
 * Reference data services: policy profiles, LWDAs, counties, ZIP resolution and offices
 * ({@link org.waypoint.service.reference.ReferenceService}); and what a plan picks from, the target
 * industry sectors, the Eligible Training Provider List and ITA caps
 * ({@link org.waypoint.service.reference.PlanReferenceService}); and each state's service catalog, the
 * activity codes services are recorded with ({@link org.waypoint.service.reference.ServiceCatalogService}).
 */
package org.waypoint.service.reference;

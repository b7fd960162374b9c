/**
 * Training services (WIOA sec. 134(c)(3)): each training a participant takes, the Individual
 * Training Account that pays for it and the account's dated payments (issue 14). Every training is
 * also a service record of a TRAINING catalog code, so exit and the service timeline count it.
 */
package org.waypoint.persistence.training;

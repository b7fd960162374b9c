/**
 * Training services and Individual Training Accounts (issue 14): the training a participant takes,
 * the gate that a state may put before it (a signed IEP/ISS, Kentucky 24-003), the ITA obligation
 * and its dated payments within the local board's cap (20 CFR 680.300-680.310), and the Pell and
 * other aid considered first (680.230).
 */
package org.waypoint.service.training;

/**
 * Start-up and operation: settings, schema migration, health, demo data of the embedded default.
 *
 * <p>The start-up singletons are ordered by {@code @DependsOn}, and each names only the beans it
 * needs directly, never one that another of its names already depends on: Payara 6 (GlassFish's
 * singleton manager before its fix of November 2025) refuses such an application as a "cyclic
 * dependency" ({@code A} on {@code B} and {@code C}, {@code C} on {@code B}).
 */
package org.waypoint.service.platform;

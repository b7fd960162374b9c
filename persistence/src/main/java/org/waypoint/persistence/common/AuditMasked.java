package org.waypoint.persistence.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose values must never reach the audit trail (password hashes, encrypted SSNs): the
 * audit row says that it changed, not from what to what.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditMasked {}

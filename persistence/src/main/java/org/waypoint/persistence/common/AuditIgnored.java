package org.waypoint.persistence.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose changes are bookkeeping, recorded by an audit event of their own rather than as a
 * field change (a failed-login counter is audited as LOGIN_FAILED, not as an UPDATE).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditIgnored {}

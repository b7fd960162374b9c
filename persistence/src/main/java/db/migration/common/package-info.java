/**
 * Flyway migrations written in Java, for the steps SQL cannot say well (such as reporting what
 * stands in the way of an upgrade). Flyway finds them by scanning the location db/migration/common,
 * beside the SQL migrations of the same name; versions share one sequence with those.
 */
package db.migration.common;

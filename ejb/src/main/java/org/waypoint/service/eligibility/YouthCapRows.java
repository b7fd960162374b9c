package org.waypoint.service.eligibility;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Makes sure a local area's count row for a program year exists before an enrollment locks it. It
 * is written in a transaction of its own, so that when two first youths of a year are enrolled at
 * once one insert wins and the other finds the row, instead of one enrollment failing on the key.
 */
@Stateless
@PermitAll
public class YouthCapRows {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(long lwdaId, int programYear) {
        try {
            em.createNativeQuery("INSERT INTO youth_cap_count (lwda_id, program_year, youth_enrolled,"
                            + " low_income_exceptions, in_school_enrolled, in_school_additional_assist, version)"
                            + " SELECT ?1, ?2, 0, 0, 0, 0, 1 FROM lwda WHERE id = ?1 AND NOT EXISTS"
                            + " (SELECT 1 FROM youth_cap_count WHERE lwda_id = ?1 AND program_year = ?2)")
                    .setParameter(1, lwdaId)
                    .setParameter(2, programYear)
                    .executeUpdate();
        } catch (PersistenceException raced) {
            // The other enrollment inserted the row first: it exists, which is all this asks.
        }
    }
}

package org.waypoint.service.wages;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.participant.SsnVault;
import org.waypoint.service.platform.StartupAccounts;

/**
 * The embedded demo's wage file: gives the demo participants who have exited an SSN when they have
 * none (demo numbers only, in the 400s area the SSA has issued), and writes the CSV rows of a state
 * wage file for the quarters after their exits that have begun, with a few rows of people who are
 * not participants. {@link WageDemoStartup} imports it like a state admin's file.
 */
@Stateless
@PermitAll
public class DemoWageData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SsnVault vault;

    @EJB
    private StartupAccounts startup;

    /** The demo file's state, or null when no demo participant has exited or wages were imported before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Demo prepare(LocalDate today) {
        long imports =
                em.createQuery("SELECT COUNT(w) FROM WageImport w", Long.class).getSingleResult();
        List<Enrollment> exited = em.createQuery(
                        "SELECT e FROM Enrollment e JOIN FETCH e.participant p JOIN FETCH p.lwda l JOIN FETCH l.state"
                                + " WHERE e.exitDate IS NOT NULL AND p.participantNumber LIKE 'WP-DEMO%'"
                                + " ORDER BY p.participantNumber",
                        Enrollment.class)
                .getResultList();
        if (imports > 0 || exited.isEmpty() || !vault.isConfigured(startup.isDemo())) {
            return null;
        }
        StringBuilder csv = new StringBuilder("SSN,YEAR,QUARTER,FEIN,WAGES\n");
        CalendarQuarter current = CalendarQuarter.of(today);
        String state = exited.get(0).getParticipant().getLwda().getState().getCode();
        List<CalendarQuarter> quarters = new ArrayList<>();
        int i = 0;
        for (Enrollment enrollment : exited) {
            var participant = enrollment.getParticipant();
            String ssn = String.format("4%02d-55-%04d", 10 + i, 1000 + i);
            i++;
            if (participant.getSsnHash() == null) {
                String digits = ssn.replace("-", "");
                participant.setSsn(
                        vault.encrypt(digits, startup.isDemo()),
                        vault.hash(digits, startup.isDemo()),
                        digits.substring(5));
            } else {
                continue;
            }
            for (int n = 1; n <= 2; n++) {
                CalendarQuarter q = CalendarQuarter.afterExit(enrollment.getExitDate(), n);
                if (q.compareTo(current) <= 0) {
                    csv.append(ssn)
                            .append(',')
                            .append(q.year())
                            .append(',')
                            .append(q.quarter())
                            .append(",61-0123456,")
                            .append(n == 1 ? "6240.50" : "7105.00")
                            .append('\n');
                    quarters.add(q);
                }
            }
        }
        CalendarQuarter filed = quarters.isEmpty() ? current.plus(-1) : quarters.get(0);
        csv.append("512-34-0001,")
                .append(filed.year())
                .append(',')
                .append(filed.quarter())
                .append(",61-0654321,9100.00\n");
        csv.append("512-34-0002,")
                .append(filed.year())
                .append(',')
                .append(filed.quarter())
                .append(",61-0654321,4820.75\n");
        return new Demo(state, csv.toString());
    }

    /** The demo file's state and text. */
    public record Demo(String stateCode, String csv) {}
}

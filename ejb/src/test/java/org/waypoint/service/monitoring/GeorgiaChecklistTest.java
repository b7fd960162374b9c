package org.waypoint.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.persistence.monitoring.ItemResult.FINDING;
import static org.waypoint.persistence.monitoring.ItemResult.PASS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Georgia items of a sampled file's checklist (policy 3.3.1), each with its citation. */
class GeorgiaChecklistTest {

    private static FileFacts georgia() {
        return ChecklistRulesTest.georgia();
    }

    /** GA 3.3.1: "OWD requires documentation of the justification for the employment goal, action steps, and required services." */
    @Test
    void aServiceWithoutJustificationIsAFinding_GA_3_3_1() {
        FileFacts g = georgia();
        assertThat(ChecklistRules.georgiaJustification(g).suggested()).isEqualTo(PASS);
        FileFacts unjustified = new FileFacts(
                "GA",
                g.asOf(),
                g.planCreated(),
                g.signedOn(),
                g.reviews(),
                90,
                g.trainingStarts(),
                g.lmi(),
                1,
                0,
                2,
                0,
                3,
                1,
                true,
                g.serviceStarts(),
                g.eligibility());
        ChecklistItemDraft item = ChecklistRules.georgiaJustification(unjustified);
        assertThat(item.suggested()).isEqualTo(FINDING);
        assertThat(item.evidence()).contains("services 2/3");
        assertThat(item.citation()).contains("3.3.1");
    }

    /** GA 3.3.1: "A signed copy ... must be provided to the participant." */
    @Test
    void aSignedCopyNotGivenIsAFinding_GA_3_3_1() {
        FileFacts g = georgia();
        assertThat(ChecklistRules.georgiaSignedCopy(g).suggested()).isEqualTo(PASS);
        FileFacts notGiven = new FileFacts(
                "GA",
                g.asOf(),
                g.planCreated(),
                g.signedOn(),
                g.reviews(),
                90,
                g.trainingStarts(),
                g.lmi(),
                1,
                0,
                2,
                0,
                3,
                0,
                false,
                g.serviceStarts(),
                g.eligibility());
        assertThat(ChecklistRules.georgiaSignedCopy(notGiven).evidence()).contains("copy not given");
        assertThat(ChecklistRules.georgiaSignedCopy(notGiven).suggested()).isEqualTo(FINDING);
    }

    /** GA 3.3.1 I.C: "OWD requires that the flow of services must be included." */
    @Test
    void aServiceDeliveredBeforeThePlanBreaksTheFlow_GA_3_3_1_IC() {
        FileFacts g = georgia();
        assertThat(ChecklistRules.georgiaFlow(g).suggested()).isEqualTo(PASS);
        FileFacts before = new FileFacts(
                "GA",
                g.asOf(),
                g.planCreated(),
                g.signedOn(),
                g.reviews(),
                90,
                g.trainingStarts(),
                g.lmi(),
                1,
                0,
                2,
                0,
                3,
                0,
                true,
                List.of(LocalDate.of(2026, 1, 10)),
                g.eligibility());
        assertThat(ChecklistRules.georgiaFlow(before).suggested()).isEqualTo(FINDING);
        assertThat(ChecklistRules.georgiaFlow(before).citation()).contains("I.C");
    }
}

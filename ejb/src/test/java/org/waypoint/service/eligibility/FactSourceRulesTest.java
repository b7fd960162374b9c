package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.eligibility.FactSource;

/** DOL TEGL 23-19, Attachment II: every fact's source is chosen; a birth date is not self-attested alone. */
class FactSourceRulesTest {

    private static Map<String, FactSource> all(FactSource source) {
        Map<String, FactSource> sources = new LinkedHashMap<>();
        for (String fact : FactSourceRules.factsFor(Program.YOUTH_OUT_OF_SCHOOL)) {
            sources.put(fact, source);
        }
        sources.put("dateOfBirth", FactSource.SOURCE_DOCUMENT);
        return sources;
    }

    @Test
    void eachProgramAsksForTheSourcesOfTheFactsItUses() {
        assertThat(FactSourceRules.factsFor(Program.ADULT))
                .containsExactly("dateOfBirth", "authorizedToWork", "selectiveService", "lowIncome");
        assertThat(FactSourceRules.factsFor(Program.DISLOCATED_WORKER))
                .contains("dislocation")
                .doesNotContain("lowIncome");
        assertThat(FactSourceRules.factsFor(Program.YOUTH_OUT_OF_SCHOOL)).contains("lowIncome", "youthBarriers");
    }

    @Test
    void noSourceIsAssumedAndAMissingOneNamesItsFact() {
        Map<String, String> errors =
                FactSourceRules.check(Program.ADULT, Map.of("dateOfBirth", FactSource.CROSS_MATCH));
        assertThat(errors)
                .containsOnlyKeys("sources.authorizedToWork", "sources.selectiveService", "sources.lowIncome");
        assertThat(errors.get("sources.authorizedToWork")).contains("the authorization to work");
    }

    @Test
    void tegl2319TheDateOfBirthCannotBeSelfAttestedAlone() {
        Map<String, FactSource> sources = all(FactSource.SELF_ATTESTATION);
        sources.put("dateOfBirth", FactSource.SELF_ATTESTATION);
        assertThat(FactSourceRules.check(Program.YOUTH_OUT_OF_SCHOOL, sources))
                .containsOnlyKeys("sources.dateOfBirth")
                .extractingByKey("sources.dateOfBirth")
                .asString()
                .contains("self-attestation alone", "TEGL 23-19");
    }

    @Test
    void otherFactsMayBeSelfAttestedWhenTheBirthDateIsDocumented() {
        assertThat(FactSourceRules.check(Program.YOUTH_OUT_OF_SCHOOL, all(FactSource.SELF_ATTESTATION)))
                .isEmpty();
    }

    @Test
    void aSourceForAnUnknownFactIsRefusedByName() {
        Map<String, FactSource> sources = all(FactSource.CASE_NOTE);
        sources.put("shoeSize", FactSource.CASE_NOTE);
        assertThat(FactSourceRules.check(Program.YOUTH_OUT_OF_SCHOOL, sources)).containsOnlyKeys("sources.shoeSize");
    }
}

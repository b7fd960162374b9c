package org.waypoint.service.eligibility;

import org.waypoint.service.common.Text;

/**
 * Every criterion code this package can answer with, in one place: the code stored with a
 * determination and sent by the REST API is the constant's name, so never rename one. Each carries
 * where it comes from (statute or 20 CFR) and a short label for pages and reports.
 */
public enum Criterion {
    AGE("Age on the date of determination", "20 CFR 680.120, 681.210(b), 681.220(b)"),
    AUTHORIZED_TO_WORK("Authorized to work in the United States", "WIOA sec. 188(a)(5)"),
    SELECTIVE_SERVICE("Registered with Selective Service, or not required", "WIOA sec. 189(h); 20 CFR 683.225"),

    DW_CATEGORY("Meets one of the five dislocated worker categories", "WIOA sec. 3(15); 20 CFR 680.130"),
    DW_TERMINATED_OR_NOTIFIED("Terminated or laid off, or notified of termination or layoff", "WIOA sec. 3(15)(A)"),
    DW_UC_ELIGIBLE_OR_ATTACHED(
            "Eligible for or exhausted unemployment compensation, or attached to the workforce without it",
            "WIOA sec. 3(15)(A)"),
    DW_UNLIKELY_TO_RETURN("Unlikely to return to the previous industry or occupation", "WIOA sec. 3(15)(A)"),
    DW_PLANT_CLOSURE(
            "Laid off or notified because of a plant closure or substantial layoff, or employer announced closure",
            "WIOA sec. 3(15)(B)(i)-(iii)"),
    DW_SELF_EMPLOYED("Formerly self-employed", "WIOA sec. 3(15)(C)"),
    DW_ECONOMY_OR_DISASTER(
            "Unemployed because of general economic conditions or a natural disaster", "WIOA sec. 3(15)(C)"),
    DW_DISPLACED_HOMEMAKER(
            "Displaced homemaker: unpaid services to family members in the home", "WIOA sec. 3(15)(D), 3(16)"),
    DW_HOMEMAKER_INCOME_LOST(
            "No longer supported by a family member's income, or a military family's income reduced",
            "WIOA sec. 3(16)(A)"),
    DW_HOMEMAKER_UNEMPLOYED(
            "Unemployed or underemployed, with difficulty obtaining or upgrading employment", "WIOA sec. 3(16)(B)"),
    DW_MILITARY_SPOUSE("Spouse of a member of the Armed Forces on active duty", "WIOA sec. 3(15)(E)"),
    DW_MILITARY_SPOUSE_EMPLOYMENT(
            "Lost employment because of a permanent change of station, or unemployed or underemployed",
            "WIOA sec. 3(15)(E)"),

    NOT_ATTENDING_SCHOOL("Not attending any school", "20 CFR 681.210(a)"),
    ATTENDING_SCHOOL("Attending secondary or postsecondary school", "20 CFR 681.220(a)"),
    LOW_INCOME("Low-income individual", "WIOA sec. 3(36); 20 CFR 681.220(c), 681.250"),
    YOUTH_BARRIER("At least one youth barrier", "20 CFR 681.210(c), 681.220(d)");

    private final String label;
    private final String citation;

    Criterion(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    /** The stable code: the constant's name, UPPER_SNAKE_CASE. */
    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }

    /** An answer whose explanation reads the same in every language. */
    public CriterionResult met(String explanation) {
        return met(Text.literal(explanation));
    }

    public CriterionResult notMet(String explanation) {
        return notMet(Text.literal(explanation));
    }

    public CriterionResult undetermined(String explanation) {
        return undetermined(Text.literal(explanation));
    }

    public CriterionResult met(Text explanation) {
        return new CriterionResult(code(), true, explanation, true);
    }

    public CriterionResult notMet(Text explanation) {
        return new CriterionResult(code(), false, explanation, true);
    }

    /** The answer depends on a table not entered for the date: neither met nor not met; name the table. */
    public CriterionResult undetermined(Text explanation) {
        return new CriterionResult(code(), false, explanation, false);
    }

    public CriterionResult result(boolean met, Text explanation) {
        return new CriterionResult(code(), met, explanation, true);
    }
}

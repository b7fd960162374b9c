package org.waypoint.web.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.service.reference.TrainingProgramInput;
import org.waypoint.service.reference.TrainingProgramView;

/**
 * What the Eligible Training Provider form of admin/plan-reference.xhtml holds while a program is
 * added or changed, bound as #{trainingProgramAdminView.fields.provider} and so on.
 */
public class TrainingProgramForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String provider;
    private String program;
    private String cipCode;
    private BigDecimal cost;
    private Integer lengthWeeks;
    private String credential;
    private String outcomes;
    private DeliveryMode delivery;
    private String location;

    void load(TrainingProgramView p) {
        provider = p.provider();
        program = p.program();
        cipCode = p.cipCode();
        cost = p.cost();
        lengthWeeks = p.lengthWeeks();
        credential = p.credential();
        outcomes = p.outcomes();
        delivery = p.delivery();
        location = p.location();
    }

    void clear() {
        provider = null;
        program = null;
        cipCode = null;
        cost = null;
        lengthWeeks = null;
        credential = null;
        outcomes = null;
        delivery = null;
        location = null;
    }

    TrainingProgramInput toInput(String state, Boolean active) {
        return new TrainingProgramInput(
                state, provider, program, cipCode, cost, lengthWeeks, credential, outcomes, delivery, location, active);
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getCipCode() {
        return cipCode;
    }

    public void setCipCode(String cipCode) {
        this.cipCode = cipCode;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public Integer getLengthWeeks() {
        return lengthWeeks;
    }

    public void setLengthWeeks(Integer lengthWeeks) {
        this.lengthWeeks = lengthWeeks;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public DeliveryMode getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryMode delivery) {
        this.delivery = delivery;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}

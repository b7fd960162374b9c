package org.waypoint.service.reference;

import org.waypoint.persistence.reference.TrainingProgram;

/** Copies what an admin typed onto a program, in the form the list keeps (a CIP code as NN.NNNN). */
final class TrainingPrograms {

    private TrainingPrograms() {}

    /**
     * Everything but the state and whether it is active. A CIP code that cannot be read is kept as
     * typed, so that validation names it.
     */
    static void copy(TrainingProgramInput input, TrainingProgram program) {
        String cip = Texts.trimmed(input.cipCode());
        program.setProvider(Texts.trimmed(input.provider()));
        program.setProgram(Texts.trimmed(input.program()));
        program.setCipCode(cip == null ? null : CipCode.normalize(cip).orElse(cip));
        program.setCost(input.cost());
        program.setLengthWeeks(input.lengthWeeks());
        program.setCredential(Texts.trimmed(input.credential()));
        program.setOutcomes(Texts.trimmed(input.outcomes()));
        program.setDelivery(input.delivery());
        program.setLocation(Texts.trimmed(input.location()));
    }
}

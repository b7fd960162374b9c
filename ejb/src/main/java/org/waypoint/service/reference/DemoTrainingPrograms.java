package org.waypoint.service.reference;

import static org.waypoint.persistence.reference.DeliveryMode.HYBRID;
import static org.waypoint.persistence.reference.DeliveryMode.IN_PERSON;

import java.math.BigDecimal;
import java.util.List;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.TrainingProgram;

/**
 * DEMONSTRATION ENTRIES of a Kentucky Eligible Training Provider List, for the embedded demo only:
 * programs of the kind Kentucky's community and technical colleges offer, with real CIP 2020 codes,
 * but costs, lengths and outcomes that are plausible, not published figures. The state's ETPL import
 * or a state admin replaces them; the outcomes say so, so nobody quotes them to a career seeker.
 */
final class DemoTrainingPrograms {

    private static final String DEMO = " (demonstration figures, not published outcomes)";

    /** One demonstration entry. */
    record Entry(
            String provider,
            String program,
            String cipCode,
            String cost,
            int weeks,
            String credential,
            String outcomes,
            DeliveryMode delivery,
            String location) {

        TrainingProgram toEntity(StateProfile state) {
            TrainingProgram p = new TrainingProgram(state);
            p.setProvider(provider);
            p.setProgram(program);
            p.setCipCode(cipCode);
            p.setCost(new BigDecimal(cost));
            p.setLengthWeeks(weeks);
            p.setCredential(credential);
            p.setOutcomes(outcomes + DEMO);
            p.setDelivery(delivery);
            p.setLocation(location);
            return p;
        }
    }

    private static final String BLUEGRASS = "Bluegrass Community and Technical College";
    private static final String JEFFERSON = "Jefferson Community and Technical College";

    static final List<Entry> KENTUCKY = List.of(
            new Entry(
                    BLUEGRASS,
                    "Associate Degree Nursing (ADN)",
                    "51.3801",
                    "14200.00",
                    80,
                    "Associate in Applied Science; eligible for the NCLEX-RN",
                    "Completion 71%; employed 2nd quarter after exit 88%; median quarterly earnings $14,900",
                    IN_PERSON,
                    "Lexington, Leestown Campus"),
            new Entry(
                    JEFFERSON,
                    "Practical Nursing",
                    "51.3901",
                    "9800.00",
                    48,
                    "Diploma; eligible for the NCLEX-PN",
                    "Completion 68%; employed 2nd quarter after exit 85%; median quarterly earnings $11,200",
                    IN_PERSON,
                    "Louisville, Downtown Campus"),
            new Entry(
                    "Gateway Community and Technical College",
                    "CDL Truck Driving (Class A)",
                    "49.0205",
                    "4950.00",
                    6,
                    "Commercial Driver's License, Class A",
                    "Completion 86%; employed 2nd quarter after exit 81%; median quarterly earnings $12,300",
                    IN_PERSON,
                    "Florence, Boone Campus"),
            new Entry(
                    BLUEGRASS,
                    "Welding Technology",
                    "48.0508",
                    "6400.00",
                    32,
                    "Certificate; AWS SENSE Level I",
                    "Completion 74%; employed 2nd quarter after exit 83%; median quarterly earnings $10,400",
                    IN_PERSON,
                    "Winchester-Clark County Campus"),
            new Entry(
                    "Elizabethtown Community and Technical College",
                    "Industrial Maintenance Technology",
                    "47.0303",
                    "7200.00",
                    36,
                    "Certificate; NIMS Industrial Technology Maintenance Level 1",
                    "Completion 70%; employed 2nd quarter after exit 87%; median quarterly earnings $12,800",
                    HYBRID,
                    "Elizabethtown"),
            new Entry(
                    JEFFERSON,
                    "Medical Assisting",
                    "51.0801",
                    "6900.00",
                    40,
                    "Diploma; eligible for the Certified Clinical Medical Assistant exam",
                    "Completion 66%; employed 2nd quarter after exit 80%; median quarterly earnings $8,900",
                    HYBRID,
                    "Louisville, Southwest Campus"),
            new Entry(
                    "Somerset Community College",
                    "Computer and Information Technologies",
                    "11.0101",
                    "4800.00",
                    32,
                    "Certificate; CompTIA A+",
                    "Completion 63%; employed 2nd quarter after exit 72%; median quarterly earnings $9,600",
                    HYBRID,
                    "Somerset"),
            new Entry(
                    "Southcentral Kentucky Community and Technical College",
                    "Heating, Ventilation and Air Conditioning (HVAC)",
                    "47.0201",
                    "5600.00",
                    32,
                    "Certificate; EPA Section 608 Universal",
                    "Completion 72%; employed 2nd quarter after exit 84%; median quarterly earnings $10,900",
                    IN_PERSON,
                    "Bowling Green"),
            new Entry(
                    BLUEGRASS,
                    "Phlebotomy",
                    "51.1009",
                    "1450.00",
                    16,
                    "Certificate; eligible for the Certified Phlebotomy Technician exam",
                    "Completion 82%; employed 2nd quarter after exit 76%; median quarterly earnings $8,100",
                    IN_PERSON,
                    "Lexington, Newtown Campus"),
            new Entry(
                    "Owensboro Community and Technical College",
                    "Pharmacy Technician",
                    "51.0805",
                    "2900.00",
                    20,
                    "Certificate; eligible for the PTCB CPhT exam",
                    "Completion 77%; employed 2nd quarter after exit 79%; median quarterly earnings $8,600",
                    HYBRID,
                    "Owensboro"));

    private DemoTrainingPrograms() {}
}

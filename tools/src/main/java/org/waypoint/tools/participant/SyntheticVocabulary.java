package org.waypoint.tools.participant;

import java.util.List;

/**
 * The words synthetic participants are made of: common U.S. given names and surnames (after the
 * Social Security Administration's popular-name lists and the Census Bureau's frequent surnames,
 * typed here so the generator needs no download), street names, e-mail domains, the sentences
 * case notes are written from and the occupations plans aim at (their words are in {@link
 * SyntheticPlanVocabulary}). Plain lists, so a reviewer can see at a glance that nothing here
 * belongs to a real participant.
 */
final class SyntheticVocabulary {

    static final List<String> FEMALE_NAMES = words(
            """
            Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra
            Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy
            Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha
            Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie
            Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl
            Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice
            Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana
            Brittany Doris Kayla Alexis Lori Marie Tiffany Crystal Tammy Misty Brandy Courtney Whitney Erica
            Monica Tonya Latoya Keisha Shanice Destiny Jasmine Aaliyah Imani Brianna Kiara Tasha Ava Mia Harper
            Ella Avery Scarlett Chloe Lily Addison Aubrey Zoe Layla Riley Nora Paisley Savannah Brooklyn Claire
            Skylar Hailey Leah Allison Gabriella Ariana Camila Lucy Peyton Kaylee Taylor Morgan
            """);

    static final List<String> MALE_NAMES = words(
            """
            James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew
            Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason
            Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
            Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
            Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald
            Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert
            Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene Travis Dustin
            Cody Chad Shane Derrick Marcus Darnell Terrence Jamal DeShawn Tyrone Malik Andre Darius Jalen
            Isaiah Xavier Cameron Trevor Liam Lucas Oliver Aiden Caleb Luke Hunter Carter Owen Wyatt Landon
            Jayden Grayson Levi Colton Eli Bentley Easton Chase Brody Luis Carlos Miguel Antonio Jesus Victor
            Ricardo Dale Clifford Earl
            """);

    static final List<String> SURNAMES = words(
            """
            Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
            Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
            Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
            Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
            Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
            Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
            Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
            Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
            Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
            West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
            Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb
            Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason
            Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren
            Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne
            Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight
            Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry
            Perkins Hoffman Johnston Matthews Pena Richards Willis Carson Lawrence Sandoval Burke Collier
            Caudill Combs Sizemore Napier Slone Hensley Mullins Stamper Gilbert Hatfield McCoy Adkins Blevins
            Whitaker Bowling Spurlock Begley Couch Estep Fugate Hampton Noble Ritchie Tackett
            """);

    static final List<String> STREETS = List.of(
            "Main St",
            "Maple Ave",
            "Oak St",
            "Elm St",
            "Walnut St",
            "Church St",
            "Broadway",
            "Pine St",
            "Cedar Ln",
            "Park Ave",
            "Washington St",
            "Lincoln Ave",
            "Jefferson St",
            "Madison Ave",
            "Hillcrest Dr",
            "Ridge Rd",
            "Mill St",
            "Spring St",
            "College St",
            "Center St",
            "Highland Ave",
            "Lakeview Dr",
            "Meadow Ln",
            "Sunset Dr",
            "Dogwood Dr",
            "Magnolia Dr",
            "Cherry St",
            "Poplar St",
            "Locust St",
            "Chestnut St",
            "Bluegrass Pkwy",
            "Old Mill Rd",
            "Richmond Rd",
            "Versailles Rd",
            "Bardstown Rd",
            "Dixie Hwy",
            "Preston Hwy",
            "Shelbyville Rd",
            "Frankfort Ave",
            "Russell Cave Rd",
            "Harrodsburg Rd",
            "Nicholasville Rd",
            "Tates Creek Rd",
            "Scottsville Rd",
            "Cumberland Ave",
            "Mountain View Dr",
            "Creekside Dr",
            "Fairview Rd",
            "Valley View Dr",
            "Country Club Rd",
            "Peachtree St",
            "Ponce de Leon Ave",
            "Martin Luther King Jr Dr",
            "Liberty St",
            "Vine St",
            "Market St",
            "Water St",
            "High St",
            "Second St",
            "Third St",
            "Fourth St");

    static final List<String> EMAIL_DOMAINS = List.of(
            "gmail.com",
            "gmail.com",
            "gmail.com",
            "gmail.com",
            "yahoo.com",
            "yahoo.com",
            "outlook.com",
            "hotmail.com",
            "icloud.com",
            "aol.com",
            "att.net",
            "bellsouth.net",
            "live.com",
            "comcast.net");

    static final List<String> OTHER_LANGUAGES =
            List.of("Arabic", "Swahili", "Nepali", "Vietnamese", "Bosnian", "French", "Somali", "Kinyarwanda");

    /** Sentences of an intake or assessment note; {name} is the participant's first name. */
    static final List<String> ASSESSMENT = List.of(
            "Completed the initial assessment with {name} and reviewed the program requirements.",
            "Administered the TABE; reading and math scores were recorded in the assessment record.",
            "{name} completed the O*NET interest profiler; results point to health care and skilled trades.",
            "Reviewed work history, transferable skills and barriers to employment with {name}.",
            "Discussed career goals; {name} is interested in a short-term credential that leads to full-time work.",
            "Verified identity, age and authorization to work from the documents provided.",
            "Explained the Individual Employment Plan and the responsibilities of both parties.",
            "{name} reports reliable transportation is a concern and asked about support services.",
            "Collected the documents needed for the eligibility file; copies are in the scanned record.",
            "Reviewed labor market information for the area with {name}, including wages for target occupations.",
            "Identified childcare as a barrier; referred {name} to the local childcare assistance program.",
            "Assessed digital literacy; {name} can use e-mail and apply online with little help.");

    /** Sentences of a contact note. */
    static final List<String> CONTACT = List.of(
            "Met with {name} at the career center to update the job search log.",
            "Phone call with {name}: discussed upcoming interviews and follow-up with employers.",
            "{name} attended the resume workshop and left with an updated resume.",
            "Reviewed the Individual Employment Plan; goals and target dates are still on track.",
            "{name} enrolled in the CDL training program through an approved provider on the ETPL.",
            "Issued a gas card for travel to training, as allowed by the support services policy.",
            "{name} has two interviews scheduled next week and asked for help preparing.",
            "Texted {name} a reminder about the mock interview appointment.",
            "{name} reports good attendance at training and expects to finish on schedule.",
            "Helped {name} complete three online applications on the state job board.",
            "Discussed a work experience placement; {name} is interested in a local manufacturer.",
            "{name} missed the last appointment; left a voicemail and sent a letter to reschedule.",
            "Referred {name} to adult education for GED preparation classes.",
            "Approved tuition for the certified nursing assistant course; the voucher was sent to the school.",
            "{name} received a conditional offer and is completing the background check.",
            "Reviewed budget and financial literacy resources with {name}.");

    /** Sentences of a follow-up note. */
    static final List<String> FOLLOW_UP = List.of(
            "Follow-up call: {name} is still employed and working about forty hours a week.",
            "{name} reports a raise after completing the probation period.",
            "Follow-up contact: {name} started a new position in warehouse logistics.",
            "Could not reach {name} by phone; sent a follow-up letter to the address on file.",
            "{name} completed the credential and provided a copy of the certificate for the file.",
            "Quarterly follow-up: {name} is employed with the same employer and needs no services.",
            "{name} asked about further training to move into a supervisory role.",
            "Confirmed employment with the employer's HR office for performance reporting.",
            "{name} is between jobs again; offered job search assistance and scheduled a meeting.",
            "Follow-up by e-mail: {name} is doing well and thanked staff for the help.");

    /** Sentences of a note about eligibility, the plan, a service, a correction or anything else. */
    static final List<String> ELIGIBILITY = List.of(
            "Reviewed the eligibility documents with {name}; the determination is in the file.",
            "{name} brought the layoff letter; the dislocated worker determination was updated.",
            "Income documentation for the past six months was verified with {name}.");

    static final List<String> PLAN = List.of(
            "Updated the Individual Employment Plan with {name}; the next goal is due in thirty days.",
            "{name} signed the plan after reviewing the goals, services and target dates.",
            "Added a training step to the plan; {name} agreed to the attendance expectations.");

    static final List<String> SERVICE = List.of(
            "{name} completed the job readiness workshop.",
            "Recorded the career counseling session with {name} as a service.",
            "{name} started the approved training program this week.");

    static final List<String> CORRECTION = List.of(
            "Correction: the contact date on the previous note should read one day earlier.",
            "Correction: the previous note named the wrong training provider; the provider is the community college.");

    static final List<String> OTHER = List.of(
            "{name} updated the mailing address and phone number.",
            "Transferred documents for {name} from the paper file to the scanned record.");

    /**
     * The target sectors of the state plans Waypoint seeds ({@code industry_sector}), by their
     * Kentucky and Georgia names; a plan names its state's.
     */
    enum Sector {
        HEALTH_CARE("Healthcare and Social Assistance", "Healthcare"),
        TRANSPORTATION("Transportation, Distribution and Logistics", "Logistics and Transportation"),
        CONSTRUCTION("Construction and Skilled Trades", "Construction"),
        MANUFACTURING("Advanced Manufacturing", "Advanced Manufacturing"),
        BUSINESS_IT("Business and IT Services", "Information Technology");

        private final String kentucky;
        private final String georgia;

        Sector(String kentucky, String georgia) {
            this.kentucky = kentucky;
            this.georgia = georgia;
        }

        String nameIn(String state) {
            return "GA".equals(state) ? georgia : kentucky;
        }

        /** A goal in this sector is non-traditional employment for women (fewer than 25% of its workers). */
        boolean mostlyMen() {
            return this == TRANSPORTATION || this == CONSTRUCTION || this == MANUFACTURING;
        }
    }

    /**
     * An occupation as a plan's goal names it: the SOC code and the O*NET title (O*NET 29.2), and
     * {@code job}, what staff call one of its workers in a sentence ("welder").
     */
    record Occupation(String soc, String title, String job) {}

    /** Steps of a career pathway in one sector, from an entry-level occupation up (one to three steps). */
    record Pathway(Sector sector, List<Occupation> steps) {}

    /**
     * Common goals of Kentucky IEPs and ISSs: in-demand occupations of the state's five target sectors
     * reached with short-term training, each with the next steps of its pathway.
     */
    static final List<Pathway> PATHWAYS = List.of(
            pathway(
                    Sector.HEALTH_CARE,
                    "31-1131 Nursing Assistants|nursing assistant",
                    "29-2061 Licensed Practical and Licensed Vocational Nurses|licensed practical nurse",
                    "29-1141 Registered Nurses|registered nurse"),
            pathway(
                    Sector.HEALTH_CARE,
                    "31-9092 Medical Assistants|medical assistant",
                    "29-2061 Licensed Practical and Licensed Vocational Nurses|licensed practical nurse"),
            pathway(
                    Sector.HEALTH_CARE,
                    "31-9097 Phlebotomists|phlebotomist",
                    "29-2012 Medical and Clinical Laboratory Technicians|lab technician"),
            pathway(Sector.HEALTH_CARE, "29-2052 Pharmacy Technicians|pharmacy technician"),
            pathway(Sector.HEALTH_CARE, "29-2042 Emergency Medical Technicians|EMT", "29-2043 Paramedics|paramedic"),
            pathway(
                    Sector.HEALTH_CARE,
                    "43-6013 Medical Secretaries and Administrative Assistants|medical secretary",
                    "29-2072 Medical Records Specialists|medical records specialist"),
            pathway(
                    Sector.TRANSPORTATION,
                    "53-7062 Laborers and Freight, Stock, and Material Movers, Hand|warehouse worker",
                    "53-7051 Industrial Truck and Tractor Operators|forklift operator",
                    "53-3032 Heavy and Tractor-Trailer Truck Drivers|CDL truck driver"),
            pathway(
                    Sector.TRANSPORTATION,
                    "53-3033 Light Truck Drivers|delivery driver",
                    "53-3032 Heavy and Tractor-Trailer Truck Drivers|CDL truck driver"),
            pathway(Sector.TRANSPORTATION, "43-5071 Shipping, Receiving, and Inventory Clerks|shipping clerk"),
            pathway(
                    Sector.TRANSPORTATION,
                    "49-3023 Automotive Service Technicians and Mechanics|automotive technician"),
            pathway(
                    Sector.CONSTRUCTION,
                    "47-2061 Construction Laborers|construction laborer",
                    "47-2111 Electricians|electrician"),
            pathway(
                    Sector.CONSTRUCTION,
                    "47-3015 Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters|plumber's helper",
                    "47-2152 Plumbers, Pipefitters, and Steamfitters|plumber"),
            pathway(
                    Sector.CONSTRUCTION,
                    "49-9021 Heating, Air Conditioning, and Refrigeration Mechanics and Installers|HVAC technician"),
            pathway(Sector.CONSTRUCTION, "47-2031 Carpenters|carpenter"),
            pathway(
                    Sector.MANUFACTURING,
                    "51-2092 Team Assemblers|assembler",
                    "51-4121 Welders, Cutters, Solderers, and Brazers|welder"),
            pathway(
                    Sector.MANUFACTURING,
                    "51-9061 Inspectors, Testers, Sorters, Samplers, and Weighers|quality inspector",
                    "49-9041 Industrial Machinery Mechanics|maintenance mechanic"),
            pathway(
                    Sector.MANUFACTURING,
                    "51-9161 Computer Numerically Controlled Tool Operators|CNC operator",
                    "51-4041 Machinists|machinist"),
            pathway(
                    Sector.BUSINESS_IT,
                    "43-4051 Customer Service Representatives|customer service representative",
                    "15-1232 Computer User Support Specialists|computer support specialist",
                    "15-1244 Network and Computer Systems Administrators|network administrator"),
            pathway(
                    Sector.BUSINESS_IT,
                    "43-6014 Secretaries and Administrative Assistants, Except Legal, Medical, and Executive|administrative assistant",
                    "43-3031 Bookkeeping, Accounting, and Auditing Clerks|bookkeeper"),
            pathway(
                    Sector.BUSINESS_IT,
                    "15-1232 Computer User Support Specialists|computer support specialist",
                    "15-1231 Computer Network Support Specialists|network support specialist"));

    /** The occupations of the pathways by SOC code. */
    static final java.util.Map<String, Occupation> OCCUPATIONS = PATHWAYS.stream()
            .flatMap(pathway -> pathway.steps().stream())
            .collect(java.util.stream.Collectors.toMap(Occupation::soc, o -> o, (a, b) -> a));

    private SyntheticVocabulary() {}

    /** Steps written as "31-1131 Nursing Assistants|nursing assistant": SOC code, title, job. */
    private static Pathway pathway(Sector sector, String... steps) {
        return new Pathway(
                sector,
                java.util.Arrays.stream(steps)
                        .map(step -> new Occupation(
                                step.substring(0, 7),
                                step.substring(8, step.indexOf('|')),
                                step.substring(step.indexOf('|') + 1)))
                        .toList());
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}

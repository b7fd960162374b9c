package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;

/**
 * One occupation in one area of the KYSTATS occupational outlook: 2022 employment, the 2032
 * projection, the openings it implies and what the occupation pays in Kentucky. Wages are annual
 * dollars; a wage KYSTATS suppressed is null, never 0.
 *
 * @param areaName "Kentucky" for the state, else the LWA as the file names it ("Bluegrass LWA")
 * @param soc normalised, NN-NNNN; "00-0000" for the all-occupations total
 * @param detailed true for a detailed occupation, false for the total ("All") and the SOC major
 *     groups ("1st Degree")
 * @param baseEmployment "2022 Estimated Employment"
 * @param projectedEmployment "2032 Projected Employment"
 * @param change projected minus base employment
 * @param percentChange over the ten years, in percent (4.75 means 4.75 %); null if not published
 * @param annualizedPercentGrowth "Annualized Percent Growth (Grow Rate)", in percent a year
 * @param exits openings from workers leaving the labour force, 2022-2032 total
 * @param transfers openings from workers changing occupation, 2022-2032 total
 * @param openings exits + transfers + change, the 2022-2032 total as published (not per year)
 * @param meanWage "Mean Annual"
 * @param entryWage "Entry Annual"
 * @param pct25Wage "25th Percentile Anual" (sic)
 * @param medianWage "Median Annual"
 * @param pct75Wage "75th Percentile Annual"
 * @param experiencedWage "Experienced Annual"
 * @param typicalEducation "Typical Education Required for Entry", BLS category; null for totals
 * @param workExperience "Typical Work Experience Required in Related Occupation"
 * @param onTheJobTraining "Typical On-the-Job Training Required to Achieve Competency"
 */
public record OutlookRow(
        String areaName,
        AreaLevel level,
        String soc,
        String title,
        boolean detailed,
        Integer baseEmployment,
        Integer projectedEmployment,
        Integer change,
        BigDecimal percentChange,
        BigDecimal annualizedPercentGrowth,
        Integer exits,
        Integer transfers,
        Integer openings,
        Integer meanWage,
        Integer entryWage,
        Integer pct25Wage,
        Integer medianWage,
        Integer pct75Wage,
        Integer experiencedWage,
        String typicalEducation,
        String workExperience,
        String onTheJobTraining) {

    /** The "Total All occupations" row of an area. */
    public boolean isAllOccupations() {
        return "00-0000".equals(soc);
    }
}

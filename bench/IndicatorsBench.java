import java.sql.Connection;
import java.sql.DriverManager;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.IndicatorSql;
import org.waypoint.service.reporting.indicators.ReportScope;

/**
 * Times what the indicators page reads (bench/indicators.sh): the report by program and by LWDA
 * (five aggregates each, plus the totals) and the eight-quarter trend, over JDBC with the server's
 * own SQL ({@link IndicatorService}'s static entry points), state-wide for Kentucky.
 * Arguments: JDBC URL, user, password.
 */
public class IndicatorsBench {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            CalendarQuarter quarter = CalendarQuarter.of(java.time.LocalDate.now()).plus(-1);
            ReportScope scope = new ReportScope(new IndicatorSql.Filter("KY", null, null, null), quarter);
            for (Breakdown b : new Breakdown[] {Breakdown.PROGRAM, Breakdown.LWDA}) {
                long t = System.nanoTime();
                var report = IndicatorService.report(c, scope, b);
                System.out.printf("report by %s: %.1f s; total %s%n", b, (System.nanoTime() - t) / 1e9,
                        report.total().figures().stream().map(f -> f.indicator() + " " + f.shown()).toList());
            }
            long t = System.nanoTime();
            var trend = IndicatorService.trend(c, scope);
            System.out.printf("trend (8 quarters): %.1f s; last %s%n", (System.nanoTime() - t) / 1e9,
                    trend.get(trend.size() - 1).figures().stream().map(f -> f.shown()).toList());
        }
    }
}

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.waypoint.service.participant.SsnVault;

/**
 * The PIRL benchmark's SSNs (bench/pirl.sh): a distinct valid-looking SSN for each of bench/exit-data.sql's
 * participants 1..n, sealed with the server's own {@link SsnVault} (AES-256-GCM, and its keyed hash) under the
 * key the benchmark's server is started with (-Dwaypoint.ssn.key), copied into the unlogged table bench_ssn
 * that bench/pirl-data.sql reads (and drops). So the run decrypts one real ciphertext per participant, as a
 * production run does. Arguments: JDBC URL, user, password, n.
 */
public class PirlSsn {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        SsnVault vault = new SsnVault();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_ssn");
                s.execute("CREATE UNLOGGED TABLE bench_ssn (participant_id BIGINT PRIMARY KEY,"
                        + " cipher VARCHAR(200) NOT NULL, hash VARCHAR(64) NOT NULL, last4 VARCHAR(4) NOT NULL)");
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int g = 1; g <= n; g++) {
                int k = g - 1; // area 100-199, group 01-99, serial 0001-9999: unique and never 000/00/0000
                String ssn = String.format(
                        "%03d%02d%04d", 100 + k / (9999 * 99), 1 + (k / 9999) % 99, 1 + k % 9999);
                rows.append(1_000_000L + g).append('\t').append(vault.encrypt(ssn, false)).append('\t')
                        .append(vault.hash(ssn, false)).append('\t').append(ssn.substring(5)).append('\n');
                if (g % 50_000 == 0 || g == n) {
                    copy.copyIn("COPY bench_ssn FROM STDIN", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
        }
    }
}

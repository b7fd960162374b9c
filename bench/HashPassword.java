/**
 * Prints Waypoint's PBKDF2 hash of a password, for the benchmark's case manager account
 * (java -cp ejb/target/classes bench/HashPassword.java PASSWORD).
 */
public class HashPassword {
    public static void main(String[] args) {
        System.out.println(org.waypoint.service.security.PasswordHasher.hash(args[0].toCharArray()));
    }
}

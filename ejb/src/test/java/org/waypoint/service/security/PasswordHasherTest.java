package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesItsHash() {
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), hash))
                .isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(PasswordHasher.verify("correct horse batterY".toCharArray(), hash))
                .isFalse();
    }

    @Test
    void theHashIsPbkdf2WithASaltOfItsOwnAndNeverThePassword() {
        String first = PasswordHasher.hash("correct horse battery".toCharArray());
        String second = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(first).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("horse");
        assertThat(first).as("each hash has its own salt").isNotEqualTo(second);
    }

    @Test
    void aMalformedOrMissingStoredHashNeverMatches() {
        assertThat(PasswordHasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:def:ghi"))
                .isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "NoSuchAlgorithm:1000:AAAA:AAAA"))
                .isFalse();
    }
}

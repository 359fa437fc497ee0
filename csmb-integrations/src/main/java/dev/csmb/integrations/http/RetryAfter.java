package dev.csmb.integrations.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110, section 10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the header asks for, {@code null} when there is no readable header. */
    static Duration parse(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::trim).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? null : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

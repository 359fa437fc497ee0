package dev.csmb.integrations.notion;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Notion ids as people paste them: a UUID with or without dashes, or a page URL ending in one. */
public final class NotionIds {

    private static final Pattern ID = Pattern.compile(
            "(?:^|[-/])([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})(?:[?#].*)?$");

    private NotionIds() {
    }

    /**
     * The id in dashed UUID form.
     *
     * @param field how the caller names the value, for the error
     * @throws InvalidInputException when the value holds no Notion id
     */
    public static String parse(String value, String field) {
        Matcher matcher = ID.matcher(value == null ? "" : value.trim());
        if (!matcher.find()) {
            throw new InvalidInputException(Violation.error(field, "invalid-notion-id",
                    "must be a Notion id (32 hex digits, dashes allowed) or a page URL ending in one"));
        }
        String hex = matcher.group(1).replace("-", "").toLowerCase(Locale.ROOT);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** True when both are the same id, whatever their dashes and case. */
    static boolean same(String a, String b) {
        return a.replace("-", "").equalsIgnoreCase(b.replace("-", ""));
    }
}

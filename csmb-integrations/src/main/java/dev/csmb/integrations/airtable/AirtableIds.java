package dev.csmb.integrations.airtable;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.util.regex.Pattern;

/** Checks Airtable ids: a three-letter prefix ({@code app}, {@code wsp}, {@code tbl}) and 14 letters or digits. */
public final class AirtableIds {

    private static final Pattern BASE = Pattern.compile("app[A-Za-z0-9]{14}");
    private static final Pattern WORKSPACE = Pattern.compile("wsp[A-Za-z0-9]{14}");

    private AirtableIds() {
    }

    /** @throws InvalidInputException naming {@code field} when the value is not a base id */
    public static String base(String value, String field) {
        return check(value, BASE, field, "a base id (app followed by 14 letters or digits)");
    }

    /** @throws InvalidInputException naming {@code field} when the value is not a workspace id */
    public static String workspace(String value, String field) {
        return check(value, WORKSPACE, field, "a workspace id (wsp followed by 14 letters or digits)");
    }

    private static String check(String value, Pattern pattern, String field, String what) {
        String trimmed = value == null ? "" : value.trim();
        if (!pattern.matcher(trimmed).matches()) {
            throw new InvalidInputException(Violation.error(field, "invalid-airtable-id", "must be " + what));
        }
        return trimmed;
    }
}

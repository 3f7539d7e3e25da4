package org.yifa.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of one row with the checks every field shares: required, date (yyyy-mm-dd, a day that
 * exists, not after today), true/false. A problem is reported under the field's name (column or
 * property) and marks the row as failed.
 */
final class Fields {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "yes", true,
            "no", false, "1", true, "0", false, "是", true, "否", false);

    final Table table;
    final Table.Row row;
    private final LocalDate today;
    private final Problems problems;
    private boolean failed;

    Fields(Table table, Table.Row row, LocalDate today, Problems problems) {
        this.table = table;
        this.row = row;
        this.today = today;
        this.problems = problems;
    }

    void problem(String column, String message) {
        failed = true;
        problems.add(row.at(), table.field().of(table.kind(), column), message);
    }

    String name(String column) {
        return table.field().of(table.kind(), column);
    }

    boolean failed() {
        return failed;
    }

    String optional(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = optional(column);
        if (value == null) {
            problem(column, name(column) + " is required");
        }
        return value;
    }

    LocalDate date(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null) {
            return null;
        }
        if (!DATE_SHAPE.matcher(value).matches()) {
            problem(column, name(column) + " '" + value + "' is not a date written yyyy-mm-dd");
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            problem(column, name(column) + " '" + value + "' is not a date that exists");
            return null;
        }
    }

    LocalDate pastDate(String column, boolean required) {
        LocalDate date = date(column, required);
        if (date != null && date.isAfter(today)) {
            problem(column, name(column) + " " + date + " is in the future (today is " + today + ")");
        }
        return date;
    }

    Boolean bool(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        Boolean b = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
        if (b == null) {
            problem(column, name(column) + " '" + value + "' must be true or false");
        }
        return b;
    }
}

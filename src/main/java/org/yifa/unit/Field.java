package org.yifa.unit;

import java.util.List;

/**
 * The fields of a unit, each named as the source it comes from names it: a column of the {@code units}
 * sheet or CSV file (with the Chinese headers a city's own workbook may use), a property of ORG
 * Turtle / JSON-LD, a key of the admin API's JSON.
 */
enum Field {

    ID("id", "yf:unitId", "id", "单位标识", "单位编号"),
    NAME("name", "skos:prefLabel", "name", "单位名称", "名称"),
    UNIT_TYPES("unit_types", "org:classification", "unitTypes", "unit_type", "单位类型"),
    PARENT("parent", "org:subOrganizationOf", "parent", "上级单位", "parent_id"),
    CREDIT_CODE("credit_code", "yf:creditCode", "creditCode", "统一社会信用代码"),
    VALID_FROM("valid_from", "yf:unitValidFrom", "validFrom", "设立日期", "起始日期"),
    VALID_UNTIL("valid_until", "yf:unitValidUntil", "validUntil", "撤销日期", "终止日期");

    /** How a source names fields: columns, RDF properties or JSON keys. */
    enum Naming { COLUMN, PROPERTY, JSON }

    private final String column;
    private final String property;
    private final String json;
    private final List<String> aliases;

    Field(String column, String property, String json, String... aliases) {
        this.column = column;
        this.property = property;
        this.json = json;
        this.aliases = List.of(aliases);
    }

    String name(Naming naming) {
        return switch (naming) {
            case COLUMN -> column;
            case PROPERTY -> property;
            case JSON -> json;
        };
    }

    boolean required() {
        return this == ID || this == NAME || this == UNIT_TYPES;
    }

    /** The field a header cell names (its column name or an alias), if any. */
    static java.util.Optional<Field> ofHeader(String cell) {
        String name = cell.replace("\ufeff", "").strip().toLowerCase(java.util.Locale.ROOT);
        for (Field f : values()) {
            if (f.column.equals(name) || f.aliases.contains(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    static String columns() {
        return String.join(", ", java.util.Arrays.stream(values()).map(f -> f.column).toList());
    }
}

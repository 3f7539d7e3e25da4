package org.yifa.unit;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /api/admin/units/import}: how many units the file added, and their ids. */
record UnitsImported(@Schema(example = "2") int imported, @Schema(example = "[\"bsz\", \"gaj\"]") List<String> units) {
}

package org.yifa.unit;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The unit types a unit had until a day (a reorganisation changed them). */
record FormerUnitTypes(@Schema(example = "2023-12-31") String until, List<String> unitTypes) {
}

package org.yifa.assessment;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a whole city falls short in a year: {@code GET /api/gaps?year=} — per item the units that
 * miss it (missed or partly met), most-missed first; per part; per unit type ({@link CityGaps}).
 */
@RestController
class GapsController {

    private final CityGaps gaps;

    GapsController(CityGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/api/gaps")
    GapsOverview gaps(@RequestParam(required = false) Integer year) {
        return gaps.of(UnitController.year(year));
    }
}

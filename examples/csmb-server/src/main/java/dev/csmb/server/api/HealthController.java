package dev.csmb.server.api;

import dev.csmb.engine.CsmbEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/health}: the API answers and has platforms. Actuator's {@code /actuator/health} is for probes. */
@RestController
@RequestMapping("/api/v1")
class HealthController {

    private final CsmbEngine engine;

    HealthController(CsmbEngine engine) {
        this.engine = engine;
    }

    /**
     * @param status    {@code UP}
     * @param platforms how many platforms the engine has
     */
    record Health(String status, int platforms) {
    }

    @GetMapping("/health")
    Health health() {
        return new Health("UP", engine.platforms().size());
    }
}

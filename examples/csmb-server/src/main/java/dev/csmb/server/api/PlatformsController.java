package dev.csmb.server.api;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.CsmbEngine;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/platforms}: the platforms and catalogs a client needs to draw the wizard. */
@RestController
@RequestMapping("/api/v1")
class PlatformsController {

    private final CsmbEngine engine;

    PlatformsController(CsmbEngine engine) {
        this.engine = engine;
    }

    /**
     * @param platforms   every platform the engine has, in its order
     * @param priorities  every priority (a configuration names two to four)
     * @param features    every feature (up to eight; each platform says which it supports)
     * @param teamSizes   every team size
     * @param complexities every complexity
     * @param sessionSinks every session sink (where the bot also writes one row per session; {@code none} first)
     */
    record Platforms(List<PlatformView> platforms, List<CatalogEntry> priorities, List<CatalogEntry> features,
                     List<CatalogEntry> teamSizes, List<CatalogEntry> complexities, List<CatalogEntry> sessionSinks) {
    }

    @GetMapping("/platforms")
    Platforms platforms() {
        return new Platforms(engine.platforms().stream().map(PlatformView::of).toList(),
                CatalogEntry.of(List.of(Priority.values())), CatalogEntry.of(List.of(Feature.values())),
                CatalogEntry.of(List.of(TeamSize.values())), CatalogEntry.of(List.of(Complexity.values())),
                CatalogEntry.of(List.of(SessionSink.values())));
    }
}

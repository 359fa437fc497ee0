package dev.csmb.server.api;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.server.engine.Configurations;
import dev.csmb.server.store.SolutionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Generation: {@code POST /generate} makes the project in memory and keeps it for a while;
 * {@code GET /generate/{id}} describes it; {@code GET|POST /generate/{id}/download} streams it as a zip.
 */
@RestController
@RequestMapping("/api/v1/generate")
class GenerateController {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateController.class);

    private final CsmbEngine engine;
    private final Configurations configurations;
    private final SolutionStore store;
    private final ZipStreamer zips;

    GenerateController(CsmbEngine engine, Configurations configurations, SolutionStore store, ZipStreamer zips) {
        this.engine = engine;
        this.configurations = configurations;
        this.store = store;
        this.zips = zips;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    GenerationView generate(@RequestBody(required = false) String body) {
        GeneratedSolution solution = engine.generate(configurations.readValid(body));
        String id = store.put(solution);
        // Key-value pairs become fields of the JSON log line; the configuration's text is never logged.
        LOG.atInfo().addKeyValue("generation.id", id).addKeyValue("platform", solution.platform().id())
                .addKeyValue("files", solution.files().size()).log("generated a project");
        return GenerationView.of(id, solution);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    GenerationView describe(@PathVariable String id) {
        return GenerationView.of(id, find(id));
    }

    @RequestMapping(path = "/{id}/download", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id) {
        GeneratedSolution solution = find(id);
        String name = Slug.of(solution.configuration().projectName()) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(out -> zips.write(solution, out));
    }

    private GeneratedSolution find(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("id", "no generated project with id "
                + Ids.shown(id) + " (unknown, or expired: projects are kept for a limited time; generate again)"));
    }
}

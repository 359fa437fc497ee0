package dev.csmb.server.api;

import dev.csmb.api.ValidationResult;
import dev.csmb.server.engine.Configurations;
import dev.csmb.server.security.Caller;
import dev.csmb.server.store.ConfigurationStore;
import dev.csmb.server.store.SavedConfiguration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Configurations: validate one ({@code POST /build/validate}), save one ({@code POST /build/save}) and read a
 * saved one back ({@code GET /build/{id}}). Bodies are the JSON a {@code csmb.json} file holds.
 */
@RestController
@RequestMapping(path = "/api/v1/build", produces = MediaType.APPLICATION_JSON_VALUE)
class BuildController {

    private final Configurations configurations;
    private final ConfigurationStore store;
    private final Caller caller;

    BuildController(Configurations configurations, ConfigurationStore store, Caller caller) {
        this.configurations = configurations;
        this.store = store;
        this.caller = caller;
    }

    /**
     * @param valid      true when there is no error (warnings allowed)
     * @param violations every problem found, errors and warnings
     */
    record Validation(boolean valid, List<ViolationView> violations) {
    }

    /** @param id the saved configuration's id */
    record Saved(String id) {
    }

    /** Problems are values: a bad configuration is a 200 with the list, never an error status. */
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    Validation validate(@RequestBody(required = false) String body) {
        ValidationResult result = configurations.validate(body);
        return new Validation(result.isValid(), ViolationView.of(result.violations()));
    }

    @PostMapping(path = "/save", consumes = MediaType.APPLICATION_JSON_VALUE)
    Saved save(@RequestBody(required = false) String body) {
        return new Saved(store.save(new SavedConfiguration(configurations.readValid(body), caller.id())));
    }

    /** The saved configuration as JSON; another user's is answered like an unknown id, so ids reveal nothing. */
    @GetMapping("/{id}")
    String read(@PathVariable String id) {
        SavedConfiguration saved = store.find(id).filter(s -> s.readableBy(caller.id()))
                .orElseThrow(() -> new NotFoundException("id", "no saved configuration with id " + Ids.shown(id)
                        + " (unknown, expired, or saved by someone else)"));
        return configurations.write(saved.configuration());
    }
}

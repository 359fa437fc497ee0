package dev.csmb.server.integrations;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.integrations.airtable.AirtableBase;
import dev.csmb.integrations.airtable.AirtableIds;
import dev.csmb.integrations.airtable.AirtableProvisioner;
import dev.csmb.integrations.schema.SessionSchema;
import dev.csmb.integrations.schema.SessionSchemas;
import dev.csmb.server.engine.Configurations;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Airtable: list the token's bases; create (or complete) the chat-session table in a base or a new base. */
@RestController
@RequestMapping(path = "/api/v1/integrations/airtable", produces = MediaType.APPLICATION_JSON_VALUE)
class AirtableController {

    private final Configurations configurations;
    private final IntegrationSettings settings;

    AirtableController(Configurations configurations, IntegrationSettings settings) {
        this.configurations = configurations;
        this.settings = settings;
    }

    /**
     * Exactly one of {@code baseId} and {@code workspaceId}.
     *
     * @param baseId        the base to hold the table (app…)
     * @param workspaceId   the workspace to create a base in, named after the project (wsp…)
     * @param configuration the bot's configuration (as in {@code csmb.json}); it decides the table's fields
     */
    record BaseRequest(String baseId, String workspaceId, JsonNode configuration) {
    }

    @GetMapping("/bases")
    List<AirtableBase> bases(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        return airtable(auth).bases();
    }

    @PostMapping(path = "/base", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProvisionView base(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                       @RequestBody BaseRequest request) {
        BuildConfiguration configuration = configurations.readValid(Bodies.configuration(request.configuration()));
        boolean hasBase = request.baseId() != null && !request.baseId().isBlank();
        boolean hasWorkspace = request.workspaceId() != null && !request.workspaceId().isBlank();
        if (hasBase == hasWorkspace) {
            throw new InvalidInputException(Violation.error("baseId", "one-of",
                    "give exactly one of baseId (an existing base) and workspaceId (create a base there)"));
        }
        SessionSchema schema = SessionSchemas.forConfiguration(configuration);
        AirtableProvisioner airtable = airtable(auth);
        return ProvisionView.of(hasBase ? airtable.provisionInBase(AirtableIds.base(request.baseId(), "baseId"), schema)
                : airtable.provisionInWorkspace(AirtableIds.workspace(request.workspaceId(), "workspaceId"),
                        configuration.projectName(), schema));
    }

    private AirtableProvisioner airtable(String auth) {
        return new AirtableProvisioner(Tokens.fromHeader(auth, "Airtable"), settings.airtable());
    }
}

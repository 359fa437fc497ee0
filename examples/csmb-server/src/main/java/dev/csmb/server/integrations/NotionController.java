package dev.csmb.server.integrations;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.integrations.notion.NotionDataSource;
import dev.csmb.integrations.notion.NotionProvisioner;
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

/** Notion: list the data sources the token can see; create (or complete) the chat-session database on a page. */
@RestController
@RequestMapping(path = "/api/v1/integrations/notion", produces = MediaType.APPLICATION_JSON_VALUE)
class NotionController {

    private final Configurations configurations;
    private final IntegrationSettings settings;

    NotionController(Configurations configurations, IntegrationSettings settings) {
        this.configurations = configurations;
        this.settings = settings;
    }

    /**
     * @param parentPageId  the page to hold the database: an id or the page's URL
     * @param configuration the bot's configuration (as in {@code csmb.json}); it decides the database's fields
     */
    record DatabaseRequest(String parentPageId, JsonNode configuration) {
    }

    @GetMapping("/databases")
    List<NotionDataSource> databases(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        return notion(auth).dataSources();
    }

    @PostMapping(path = "/database", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProvisionView database(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                           @RequestBody DatabaseRequest request) {
        BuildConfiguration configuration = configurations.readValid(Bodies.configuration(request.configuration()));
        String page = Bodies.required(request.parentPageId(), "parentPageId");
        return ProvisionView.of(notion(auth).provision(page, SessionSchemas.forConfiguration(configuration)));
    }

    private NotionProvisioner notion(String auth) {
        return new NotionProvisioner(Tokens.fromHeader(auth, "Notion"), settings.notion());
    }
}

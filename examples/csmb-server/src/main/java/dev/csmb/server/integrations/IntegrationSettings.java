package dev.csmb.server.integrations;

import dev.csmb.integrations.airtable.AirtableProvisioner;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.notion.NotionProvisioner;
import dev.csmb.server.ServerProperties;
import java.net.URI;
import org.springframework.stereotype.Component;

/** The HTTP settings for each service: the library's defaults, at the API roots from the configuration. */
@Component
class IntegrationSettings {

    private final HttpSettings notion;
    private final HttpSettings airtable;

    IntegrationSettings(ServerProperties properties) {
        this.notion = NotionProvisioner.defaultSettings().withBaseUri(URI.create(properties.notionUrl()));
        this.airtable = AirtableProvisioner.defaultSettings().withBaseUri(URI.create(properties.airtableUrl()));
    }

    HttpSettings notion() {
        return notion;
    }

    HttpSettings airtable() {
        return airtable;
    }
}

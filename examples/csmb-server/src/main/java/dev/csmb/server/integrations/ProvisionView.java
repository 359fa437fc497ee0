package dev.csmb.server.integrations;

import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.schema.SessionField;
import java.util.List;
import java.util.Map;

/**
 * What provisioning made or found.
 *
 * @param service  {@code Notion} or {@code Airtable}
 * @param url      where to open the database or table
 * @param created  true when this request created it
 * @param added    fields this request added to an existing table
 * @param env      the variables the bot's {@code .env} needs
 * @param envLines the same as {@code NAME=value} lines
 * @param drift    differences left (wrongly typed fields are reported, never changed)
 */
record ProvisionView(String service, String url, boolean created, List<String> added, Map<String, String> env,
                     List<String> envLines, List<String> drift) {

    static ProvisionView of(ProvisionResult r) {
        return new ProvisionView(r.service(), r.url(), r.created(), r.added().stream().map(SessionField::name).toList(),
                r.env(), r.envLines(), r.drift().lines());
    }
}

package dev.csmb.server;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's own settings, under {@code csmb.*} in {@code application.properties}.
 *
 * @param store       how many generated projects are kept, and for how long
 * @param rateLimit   requests per client and window on {@code /api/**}
 * @param maxBodySize the largest request body accepted, in bytes
 * @param corsOrigins origins allowed to call the API from a browser (none by default: same origin only)
 * @param signIn      when true, GitHub sign-in is on and saved configurations belong to their owner
 * @param notionUrl   Notion's API root (tests point it at a fake on loopback)
 * @param airtableUrl Airtable's API root
 */
@ConfigurationProperties("csmb")
public record ServerProperties(
        @DefaultValue Store store,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("262144") long maxBodySize,
        @DefaultValue List<String> corsOrigins,
        @DefaultValue("false") boolean signIn,
        @DefaultValue("https://api.notion.com") String notionUrl,
        @DefaultValue("https://api.airtable.com") String airtableUrl) {

    /**
     * @param maxEntries   the most generated projects (and saved configurations) held at once; beyond it, entries
     *                     are evicted by Caffeine's policy
     * @param maxMegabytes the most megabytes of generated files held at once
     * @param ttl          how long a generated project or saved configuration stays
     */
    public record Store(@DefaultValue("200") int maxEntries, @DefaultValue("64") int maxMegabytes,
                        @DefaultValue("30m") Duration ttl) {
    }

    /**
     * @param requests how many requests one client may make per window
     * @param window   the window's length
     */
    public record RateLimit(@DefaultValue("100") int requests, @DefaultValue("1m") Duration window) {
    }
}

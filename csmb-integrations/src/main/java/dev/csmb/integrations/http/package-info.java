/**
 * The one HTTP layer of the integrations: {@link dev.csmb.integrations.http.ApiClient} (JDK HttpClient, Jackson,
 * Failsafe retries and rate limits), its {@link dev.csmb.integrations.http.HttpSettings}, the redacted
 * {@link dev.csmb.integrations.http.Secret}, and the typed exceptions under
 * {@link dev.csmb.integrations.http.IntegrationException}.
 */
package dev.csmb.integrations.http;

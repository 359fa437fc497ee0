/**
 * Provisioning of a "Chat Sessions" tracking database in Notion ({@code notion}) or Airtable ({@code airtable}),
 * shaped by a build configuration ({@code schema}), over one HTTP layer with timeouts, rate limits, retries and
 * typed errors ({@code http}). A Java API first: the command line, a terminal wizard and a web service call it.
 */
package dev.csmb.integrations;

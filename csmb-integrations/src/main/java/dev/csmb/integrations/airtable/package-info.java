/** Airtable provisioning (Web API, personal access token): {@link dev.csmb.integrations.airtable.AirtableProvisioner}. */
package dev.csmb.integrations.airtable;

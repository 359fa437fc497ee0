/** Notion provisioning (API version 2025-09-03): {@link dev.csmb.integrations.notion.NotionProvisioner}. */
package dev.csmb.integrations.notion;

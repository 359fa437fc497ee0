/**
 * The service-neutral "Chat Sessions" schema: fields derived from a build configuration
 * ({@link dev.csmb.integrations.schema.SessionSchemas}), and how an existing table drifts from it.
 */
package dev.csmb.integrations.schema;

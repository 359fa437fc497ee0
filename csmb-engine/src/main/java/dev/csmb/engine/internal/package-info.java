/**
 * Engine internals. Public only so the engine's packages can share them; not API, may change in any release.
 */
package dev.csmb.engine.internal;

package dev.csmb.engine.codec;

/** The file formats a configuration can be read from and written to. */
public enum ConfigurationFormat {
    JSON,
    YAML
}

package dev.csmb.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsImportsTests {

    @Test
    void findsStaticDynamicReexportAndJsdocSpecifiers() {
        String source = """
                // @ts-check
                import js from '@eslint/js';
                import { a, b } from "./a.js";
                import './side-effect.js';
                export { c } from '../c.js';
                const d = await import('./d.js');
                /** @type {import('./types.js').Session} */
                """;
        assertThat(JsImports.specifiers(source))
                .containsExactly("@eslint/js", "./a.js", "./side-effect.js", "../c.js", "./d.js", "./types.js");
    }

    @Test
    void resolvesRelativeToTheImportingFile() {
        assertThat(JsImports.resolve("src/core/runtime.js", "./metrics.js")).isEqualTo("src/core/metrics.js");
        assertThat(JsImports.resolve("test/core/x.test.js", "../../src/config.js")).isEqualTo("src/config.js");
        assertThat(JsImports.resolve("a.js", "../../b.js")).startsWith("../");
    }

    @Test
    void namesThePackageOfABareSpecifier() {
        assertThat(JsImports.packageName("eslint/config")).isEqualTo("eslint");
        assertThat(JsImports.packageName("@eslint/js")).isEqualTo("@eslint/js");
        assertThat(JsImports.packageName("@scope/pkg/deep/path")).isEqualTo("@scope/pkg");
        assertThat(JsImports.packageName("node:test")).isEqualTo("node:test");
    }
}

package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier end to end, on a project that needs Node.js 22.13 or later ({@code node:sqlite} without a flag):
 * when the machine's Node.js is older, this proves that fetching one from the npm registry works.
 */
class NodeProjectIT {

    private static final String ENGINES = ">=22.13.0";

    @TempDir
    Path temp;

    @Test
    void installsTestsAndTypechecksAProjectNeedingNode22() {
        Path folder = ProbeProjects.write(temp.resolve("ok"), ENGINES,
                Map.of("test", "node --test", "typecheck", "node --check src/store.js"),
                Map.of("src/store.js", STORE, "test/store.test.js", STORE_TEST));
        NodeProject project = NodeProject.at(folder);

        project.verify();

        NodeToolchain node = project.toolchain();
        assertThat(node.version().major()).isGreaterThanOrEqualTo(22);
        assertThat(project.engines().satisfiedBy(node.version())).isTrue();
        assertThat(project.run("node", "--version").output()).isEqualTo("v" + node.version());
        assertThat(NodeToolchain.satisfying(project.engines())).isSameAs(node);
    }

    @Test
    void reportsAFailingNodeTestWithItsOutput() {
        Path folder = ProbeProjects.write(temp.resolve("failing"), ENGINES, Map.of("test", "node --test"),
                Map.of("test/broken.test.js", "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n"
                        + "test('counts sessions', () => assert.equal(1 + 1, 3));\n"));

        assertThatThrownBy(() -> NodeProject.at(folder).test()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("`npm test` exited with code 1").hasMessageContaining("counts sessions");
    }

    private static final String STORE = """
            // @ts-check
            import { DatabaseSync } from 'node:sqlite';

            /** Opens a session store in memory. */
            export function openStore() {
              const db = new DatabaseSync(':memory:');
              db.exec('CREATE TABLE sessions (id TEXT PRIMARY KEY, messages INTEGER NOT NULL)');
              return {
                /** @param {string} id */
                start: (id) => db.prepare('INSERT INTO sessions VALUES (?, 0)').run(id),
                /** @param {string} id */
                count: (id) => /** @type {{ messages: number }} */ (db.prepare('SELECT messages FROM sessions WHERE id = ?').get(id)).messages,
              };
            }
            """;

    private static final String STORE_TEST = """
            import { test } from 'node:test';
            import assert from 'node:assert/strict';
            import { openStore } from '../src/store.js';

            test('a started session has no messages yet', () => {
              const store = openStore();
              store.start('alice');
              assert.equal(store.count('alice'), 0);
            });
            """;
}

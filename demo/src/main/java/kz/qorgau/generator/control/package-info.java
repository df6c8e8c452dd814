/**
 * Synthetic regions for the demo, the benchmarks and the tests: districts, schools with their staff, students with
 * valid IINs, families, and every kind of signal the rules read, in the proportions of a Kazakh oblast. Plain JDBC
 * on a caller's connection, with no container inside, so that a server, a benchmark harness and a test can all use
 * it; the big tables go in with PostgreSQL's COPY. A seed, a scale and a reference date decide every row.
 */
package kz.qorgau.generator.control;

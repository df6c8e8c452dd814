/**
 * The performance harness of docs/PERFORMANCE.md: starts its own stack, generates a seeded region, and prints each
 * figure beside the bare floor of the library underneath. Run only with the {@code bench} profile.
 */
package kz.qorgau.bench;

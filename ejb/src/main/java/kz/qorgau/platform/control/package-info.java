/**
 * The server's plumbing: the schema migrations, the database roles it checks at start-up, statement timeouts, the cipher of
 * confidential notes, and noticing when the database or the identity provider is away (docs/RELIABILITY.md).
 */
package kz.qorgau.platform.control;

/**
 * What every feature shares: the business exception hierarchy (rendered as problem+json by the web module), the
 * message bundles in kk/ru/en, and the schema migration at start-up.
 */
package kz.qorgau.platform;

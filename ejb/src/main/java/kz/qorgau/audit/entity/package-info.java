/**
 * An audit event: who did what to which record, when by the database's clock; the database lets the application only
 * read and add them.
 */
package kz.qorgau.audit.entity;

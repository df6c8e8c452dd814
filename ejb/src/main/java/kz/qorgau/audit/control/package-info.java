/**
 * The audit trail: recording an event in the caller's transaction, reading the trail of the caller's jurisdiction, and
 * sealing and verifying its hash chain (docs/SECURITY.md).
 */
package kz.qorgau.audit.control;

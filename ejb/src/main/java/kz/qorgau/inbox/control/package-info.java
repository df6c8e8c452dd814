/** The caller's inbox across features: what waits for them, whatever kind of record it is. */
package kz.qorgau.inbox.control;

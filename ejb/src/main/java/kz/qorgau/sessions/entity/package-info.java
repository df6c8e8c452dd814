/** A psychologist's session and the addenda to its note; the note never changes once written. */
package kz.qorgau.sessions.entity;

/** A break-glass grant: who, which student, why, and until when. */
package kz.qorgau.breakglass.entity;

/** An incident with its time, place, severity, source and description, and its participants with their roles. */
package kz.qorgau.incidents.entity;

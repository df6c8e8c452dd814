/** Unexcused absence days per student and period, as the schools' registers report them. */
package kz.qorgau.absences.entity;

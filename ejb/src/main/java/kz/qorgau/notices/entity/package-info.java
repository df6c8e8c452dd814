/** A notice to a school's supervisors. */
package kz.qorgau.notices.entity;

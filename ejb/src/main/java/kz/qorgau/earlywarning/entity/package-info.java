/** A region evaluation run with its progress, so that a stopped or crashed run can be followed and restarted. */
package kz.qorgau.earlywarning.entity;

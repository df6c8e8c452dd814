/** A threshold version (DRAFT, ACTIVE, RETIRED) with its values, and a what-if run with its results. */
package kz.qorgau.thresholds.entity;

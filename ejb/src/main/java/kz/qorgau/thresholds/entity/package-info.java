/** A threshold version (DRAFT, ACTIVE, RETIRED) with its values. */
package kz.qorgau.thresholds.entity;

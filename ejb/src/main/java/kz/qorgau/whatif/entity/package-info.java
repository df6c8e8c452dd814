/** A what-if run: its draft, region, months, progress and results. */
package kz.qorgau.whatif.entity;

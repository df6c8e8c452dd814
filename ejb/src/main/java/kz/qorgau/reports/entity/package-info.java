/** What a report is and the record of one written in the background. */
package kz.qorgau.reports.entity;

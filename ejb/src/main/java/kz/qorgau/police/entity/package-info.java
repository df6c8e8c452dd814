/**
 * The juvenile police register: a student's registrations with their lifecycle (review, removal, anonymisation
 * on schedule unless under legal hold) and the raid deliveries of a student to a police station.
 */
package kz.qorgau.police.entity;

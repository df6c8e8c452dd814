/** Notifications to people, their choices of delivery, and the mail waiting for the mail server. */
package kz.qorgau.notifications.entity;

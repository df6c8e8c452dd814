/**
 * Messages that reach people (docs/PRODUCT.md, "Notifications"): the in-app notifications of each person, made from
 * the cases' events and from reminder timers; each person's choice per kind (in-app only, e-mail, daily digest); and
 * the mail outbox, sent through the server's mail session and retried when the mail server fails. Depends on the
 * cases, the referrals, the school safety and the people directory; none of them knows it.
 */
package kz.qorgau.notifications.control;

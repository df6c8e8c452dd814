/**
 * People as the identity provider gives them: names, so that the pages name people instead of showing logins, and
 * e-mail addresses, roles and jurisdiction, so that notifications reach the right people.
 */
package kz.qorgau.people.control;

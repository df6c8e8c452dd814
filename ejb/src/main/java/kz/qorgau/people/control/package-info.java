/** People's names as the identity provider gives them, so that the pages name people instead of showing logins. */
package kz.qorgau.people.control;

/** Recording and reading incidents with their participants; every participant is evaluated by the rules at once. */
package kz.qorgau.incidents.control;

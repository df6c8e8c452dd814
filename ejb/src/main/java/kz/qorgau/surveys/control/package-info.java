/**
 * Survey instruments and campaigns, parents' opt-outs, and a student's results as the rules may use them. The
 * results themselves arrive through the survey-results import ({@code kz.qorgau.imports.control}).
 */
package kz.qorgau.surveys.control;

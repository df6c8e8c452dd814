/**
 * The Excel workbooks of docs/PRODUCT.md section 6: who may have which, the scope and period of a request, and
 * writing one from a JDBC cursor into a streaming workbook, while the reader waits or as a background run.
 */
package kz.qorgau.reports.control;

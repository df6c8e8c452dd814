/**
 * Imports of the files schools already produce. A file is received into a temporary copy (size limit, SHA-256),
 * read row by row (CSV line by line, XLSX with POI's streaming reader), every row checked and reported, and the
 * valid rows written in JDBC batches in one transaction.
 */
package kz.qorgau.imports.control;

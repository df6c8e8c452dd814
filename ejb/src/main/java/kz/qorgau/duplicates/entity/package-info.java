/** Pairs of files suspected to be one child's, and the merges of two files into one. */
package kz.qorgau.duplicates.entity;

/**
 * One child, one record (docs/PRODUCT.md): the check for a likely duplicate when a file is opened and the nightly
 * search of each region ({@link kz.qorgau.duplicates.control.DuplicateCheck},
 * {@link kz.qorgau.duplicates.control.NightlyDuplicateSearch}), the decision that two files are not one child's, and
 * the coordinator's merge of two files and its undo ({@link kz.qorgau.duplicates.control.StudentMerges}). Owns the
 * tables duplicate_suspicion, student_merge and student_merge_move.
 */
package kz.qorgau.duplicates.control;

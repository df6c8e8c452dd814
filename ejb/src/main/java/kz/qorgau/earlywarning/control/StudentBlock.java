package kz.qorgau.earlywarning.control;

import java.util.List;

/**
 * The facts of consecutive students of one region (by id), read together: the unit the region evaluation reads,
 * fires the rules on and writes back in one transaction.
 */
public record StudentBlock(long firstStudentId, long lastStudentId, int students, List<Object> facts) {
}

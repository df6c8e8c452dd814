package kz.qorgau.schools.control;

import java.io.Serializable;

import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.schools.entity.StaffDesignation;

public record StaffView(long id, long schoolId, String username, StaffRole role) implements Serializable {

    static StaffView of(StaffDesignation d) {
        return new StaffView(d.getId(), d.getSchool().getId(), d.getUsername(), d.getRole());
    }
}

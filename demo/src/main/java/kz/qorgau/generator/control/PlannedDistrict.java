package kz.qorgau.generator.control;

import kz.qorgau.schools.entity.LocalizedName;

/** A district to be created, with its KATO-like id (region x 100 + number). */
record PlannedDistrict(long id, LocalizedName name) {
}

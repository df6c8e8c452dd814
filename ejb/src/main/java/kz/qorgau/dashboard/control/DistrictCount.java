package kz.qorgau.dashboard.control;

/** A count for one district, named in the reader's language. */
public record DistrictCount(long districtId, String district, long count) {
}

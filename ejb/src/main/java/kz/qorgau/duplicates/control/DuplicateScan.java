package kz.qorgau.duplicates.control;

/** One pass of the search for look-alike files: how many regions and files it compared, and the pairs it added. */
public record DuplicateScan(int regions, int files, int newPairs) {

    DuplicateScan plus(DuplicateScan other) {
        return new DuplicateScan(regions + other.regions, files + other.files, newPairs + other.newPairs);
    }
}

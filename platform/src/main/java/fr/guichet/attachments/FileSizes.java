package fr.guichet.attachments;

/** Sizes of files in French, in the units people read on their computers: octets, Ko, Mo (powers of 1024). */
public final class FileSizes {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    private FileSizes() {
    }

    /** 812 octets, 120 Ko, 7,2 Mo, 5 Mo. */
    public static String french(long bytes) {
        if (bytes < KIB) {
            return bytes + (bytes > 1 ? " octets" : " octet");
        }
        if (bytes < MIB) {
            return Math.ceilDiv(bytes, KIB) + " Ko";
        }
        return megabytes(bytes) + " Mo";
    }

    /** A number of Mo with at most one decimal, rounded up so that a file just over a limit never reads as equal. */
    static String megabytes(long bytes) {
        long tenths = Math.ceilDiv(bytes * 10, MIB);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
    }
}

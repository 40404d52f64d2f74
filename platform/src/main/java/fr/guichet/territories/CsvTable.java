package fr.guichet.territories;

import java.util.List;

/** A parsed CSV file: its header row and data rows (each row is a list of raw field values). */
record CsvTable(List<String> header, List<List<String>> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Index of the column named {@code name}; fails if the header does not contain it. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("Missing CSV column '" + name + "' in header " + header);
        }
        return index;
    }
}

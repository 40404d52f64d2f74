package fr.guichet.territories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV parser: comma separator, optional double-quoted fields that may
 * contain commas, line breaks and doubled quotes ({@code ""}), LF or CRLF line endings,
 * optional UTF-8 byte order mark. Blank lines are skipped.
 *
 * <p>Lines without any quote take a fast path (plain split on commas): the reference files
 * are read at startup, often by a JVM that has not warmed up yet.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** Reads a whole UTF-8 CSV stream whose first row is the header. */
    static CsvTable read(InputStream in) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CSV data", e);
        }
    }

    /** Parses CSV text whose first row is the header. */
    static CsvTable parse(String text) {
        List<List<String>> rows = parseRows(text);
        if (rows.isEmpty()) {
            throw new IllegalStateException("CSV data has no header row");
        }
        return new CsvTable(rows.getFirst(), rows.subList(1, rows.size()));
    }

    static List<List<String>> parseRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        int length = text.length();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int nextQuote = text.indexOf('"', pos);
        while (pos < length) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = length;
            }
            if (nextQuote >= 0 && nextQuote < eol) {
                pos = parseQuotedRow(text, pos, rows);
                nextQuote = text.indexOf('"', pos);
                continue;
            }
            int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            if (end > pos) {
                rows.add(splitPlain(text, pos, end));
            }
            pos = eol + 1;
        }
        return rows;
    }

    private static List<String> splitPlain(String text, int start, int end) {
        List<String> row = new ArrayList<>(10);
        int from = start;
        int comma;
        while ((comma = text.indexOf(',', from, end)) >= 0) {
            row.add(text.substring(from, comma));
            from = comma + 1;
        }
        row.add(text.substring(from, end));
        return row;
    }

    /** Parses one row that contains quotes, starting at {@code pos}; returns the position after it. */
    private static int parseQuotedRow(String text, int pos, List<List<String>> rows) {
        List<String> row = new ArrayList<>(10);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = text.length();
        int i = pos;
        while (i < length) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < length && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || (c == '\r' && (i == length || text.charAt(i) == '\n'))) {
                if (c == '\r' && i < length) {
                    i++; // skip the '\n' of CRLF
                }
                break;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("Unterminated quoted field at end of CSV data");
        }
        row.add(field.toString());
        rows.add(row);
        return i;
    }
}

package fr.guichet.territories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-memory search over named items (communes or EPCI), insensitive to accents, case,
 * hyphens and apostrophes.
 *
 * <p>A textual query matches an item whose name equals it, starts with it, or whose words
 * start with each of the query words (in any order). A code-like query (digits, or a Corsican
 * {@code 2A}/{@code 2B} prefix) matches items having a code (INSEE code, postcode, SIREN) equal
 * to it or starting with it. Results are ordered by match quality (exact, then prefix, then
 * words), then by population descending, then by source order.
 *
 * <p>Items are stored in population order in parallel arrays, so a search is one linear,
 * allocation-free scan without sorting; rejection relies on the vectorised
 * {@link String#indexOf(String)}.
 */
final class NameIndex<T> {

    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORDS = 2;
    private static final int NO_MATCH = -1;

    private final List<T> values;
    private final String[] keys;
    private final String[] codes;

    /**
     * @param values      the items, in source order
     * @param searchKeys  their {@link TextNormalizer#searchKey search keys}
     * @param codeLists   their lower-case codes, separated by single spaces
     * @param populations their populations (non-negative)
     */
    NameIndex(List<T> values, List<String> searchKeys, List<String> codeLists, int[] populations) {
        int size = values.size();
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            // Population descending, then source order: sorting primitives is fast on a cold JVM.
            order[i] = ((long) (Integer.MAX_VALUE - Math.max(0, populations[i])) << 32) | i;
        }
        Arrays.sort(order);
        List<T> sortedValues = new ArrayList<>(size);
        keys = new String[size];
        codes = new String[size];
        for (int rank = 0; rank < size; rank++) {
            int i = (int) order[rank];
            sortedValues.add(values.get(i));
            keys[rank] = searchKeys.get(i);
            codes[rank] = codeLists.get(i);
        }
        this.values = List.copyOf(sortedValues);
    }

    /** Best matches for {@code query}, at most {@code limit}; empty for a blank query. */
    List<T> search(String query, int limit) {
        String key = TextNormalizer.searchKey(query);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        String compact = key.replace(" ", "");
        boolean codeQuery = isCodeQuery(compact);
        String[] queryWords = key.split(" ");
        List<List<T>> buckets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < keys.length; i++) {
            int rank = codeQuery ? codeRank(codes[i], compact) : nameRank(keys[i], key, queryWords);
            if (rank != NO_MATCH && buckets.get(rank).size() < limit) {
                buckets.get(rank).add(values.get(i));
                if (rank == EXACT && buckets.get(EXACT).size() == limit) {
                    break;
                }
            }
        }
        List<T> results = new ArrayList<>(limit);
        for (List<T> bucket : buckets) {
            results.addAll(bucket.subList(0, Math.min(bucket.size(), limit - results.size())));
        }
        return List.copyOf(results);
    }

    /** Digits, or a Corsican department prefix {@code 2a}/{@code 2b} optionally followed by digits. */
    static boolean isCodeQuery(String compact) {
        int start = compact.length() >= 2 && compact.charAt(0) == '2'
                && (compact.charAt(1) == 'a' || compact.charAt(1) == 'b') ? 2 : 0;
        for (int i = start; i < compact.length(); i++) {
            if (compact.charAt(i) < '0' || compact.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int codeRank(String codes, String code) {
        int rank = NO_MATCH;
        for (int i = codes.indexOf(code); i >= 0; i = codes.indexOf(code, i + 1)) {
            if (i == 0 || codes.charAt(i - 1) == ' ') {
                int end = i + code.length();
                if (end == codes.length() || codes.charAt(end) == ' ') {
                    return EXACT;
                }
                rank = PREFIX;
            }
        }
        return rank;
    }

    private static int nameRank(String name, String key, String[] queryWords) {
        if (name.startsWith(key)) {
            return name.length() == key.length() ? EXACT : PREFIX;
        }
        for (String queryWord : queryWords) {
            if (!hasWordStartingWith(name, queryWord)) {
                return NO_MATCH;
            }
        }
        return WORDS;
    }

    /** Whether a space-separated word of {@code text} starts with {@code prefix}. */
    private static boolean hasWordStartingWith(String text, String prefix) {
        for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
            if (i == 0 || text.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}

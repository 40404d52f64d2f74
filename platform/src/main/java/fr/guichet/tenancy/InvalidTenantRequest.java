package fr.guichet.tenancy;

import java.util.List;

/**
 * A tenant change refused before anything was written: bad slug, taken host name, unknown INSEE code,
 * commune already served... Each problem is a French sentence a person can act on.
 */
public class InvalidTenantRequest extends RuntimeException {

    private final List<String> problems;

    public InvalidTenantRequest(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidTenantRequest(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}

package fr.guichet.apiparticulier;

import java.util.List;

/** An API Particulier access refused before anything was written, with every problem in French. */
public class InvalidAccess extends RuntimeException {

    private final List<String> problems;

    InvalidAccess(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

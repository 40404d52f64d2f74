package fr.guichet.catalog;

import java.util.List;

/** A procedure change refused with every problem found, in French; nothing was written. */
public class PublicationRefused extends RuntimeException {

    private final List<String> problems;

    public PublicationRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

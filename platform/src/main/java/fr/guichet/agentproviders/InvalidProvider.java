package fr.guichet.agentproviders;

import java.util.List;

/** A provider configuration refused before anything was written, with every problem in French. */
public class InvalidProvider extends RuntimeException {

    private final List<String> problems;

    InvalidProvider(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

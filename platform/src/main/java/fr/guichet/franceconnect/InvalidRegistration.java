package fr.guichet.franceconnect;

import java.util.List;

/** A registration refused before anything was written, with every problem in French. */
public class InvalidRegistration extends RuntimeException {

    private final List<String> problems;

    InvalidRegistration(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

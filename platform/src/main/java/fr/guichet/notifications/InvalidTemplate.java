package fr.guichet.notifications;

import java.util.List;

/** A template was refused when saved; {@link #problems()} says in French what to correct, one item each. */
public class InvalidTemplate extends RuntimeException {

    private final List<String> problems;

    public InvalidTemplate(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package fr.guichet.workflows;

import java.io.Serial;
import java.util.List;

/**
 * A workflow that cannot be used: malformed JSON or failed checks. Every problem is a French sentence; those found in
 * JSON start with the path of what is wrong ({@code states[2].citizenLabel : …}). Nothing was written.
 */
public class InvalidWorkflow extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidWorkflow(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidWorkflow needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

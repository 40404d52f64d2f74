package fr.guichet.documents;

import java.io.Serial;
import java.util.List;

/** A document template was refused when saved; {@link #problems()} says in French what to correct. */
public class InvalidDocumentTemplate extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidDocumentTemplate(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

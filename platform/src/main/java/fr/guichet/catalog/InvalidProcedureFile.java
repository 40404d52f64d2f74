package fr.guichet.catalog;

import java.io.Serial;
import java.util.List;

/**
 * A procedure file (an export, an import or a template of the library) that does not follow the format of
 * docs/procedure-files.md. Every problem is a French sentence that starts with the JSON path of what is wrong
 * ({@code description.category : « FOO » n’est pas une catégorie connue (…)}); nothing was written.
 */
public class InvalidProcedureFile extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems the French messages, at least one, in document order */
    public InvalidProcedureFile(List<String> problems) {
        super(String.join("\n", requireSome(problems)));
        this.problems = List.copyOf(problems);
    }

    /** The French messages, one per problem, in document order. */
    public List<String> problems() {
        return problems;
    }

    private static List<String> requireSome(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidProcedureFile needs at least one problem");
        }
        return problems;
    }
}

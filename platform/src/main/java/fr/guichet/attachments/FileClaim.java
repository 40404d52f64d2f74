package fr.guichet.attachments;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file answer of a submission: the submission claims that the uploader's pending file of this reference is this
 * file, and the claim is checked against what was stored.
 *
 * @param key the answer's key, as the validation's errors are keyed ({@code group[0].field} inside a group)
 */
public record FileClaim(String key, String reference, String name, long size) {

    /** The file answers among validated answers, found through the form (file fields, inside groups too). */
    public static List<FileClaim> in(FormDefinition form, Map<String, ?> answers) {
        List<FileClaim> claims = new ArrayList<>();
        for (Page page : form.pages()) {
            for (Section section : page.sections()) {
                section.fields().forEach(field -> collect(field, answers, "", claims));
            }
        }
        return List.copyOf(claims);
    }

    private static void collect(Field field, Map<String, ?> answers, String prefix, List<FileClaim> claims) {
        Object answer = answers.get(field.key());
        if (field.type() == FieldType.FILE && answer instanceof Map<?, ?> file
                && file.get("reference") instanceof String reference && file.get("name") instanceof String name
                && file.get("size") instanceof Number size) {
            claims.add(new FileClaim(prefix + field.key(), reference, name, size.longValue()));
        } else if (field.type() == FieldType.REPEATABLE_GROUP && answer instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof Map<?, ?> entry) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> entryAnswers = (Map<String, ?>) entry;
                    String entryPrefix = prefix + field.key() + "[" + i + "].";
                    field.children().forEach(child -> collect(child, entryAnswers, entryPrefix, claims));
                }
            }
        }
    }
}

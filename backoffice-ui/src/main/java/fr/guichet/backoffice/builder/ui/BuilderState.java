package fr.guichet.backoffice.builder.ui;

import fr.guichet.forms.Field;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The form being built, the element selected in it and whether it differs from what was saved. Every change goes
 * through {@link #change}, which tells the listeners; the view decides what to redraw.
 */
final class BuilderState {

    /** What a listener learns: whether the structure or selection changed (redraw the editor) or only content. */
    enum Change { CONTENT, STRUCTURE }

    private final List<java.util.function.Consumer<Change>> listeners = new ArrayList<>();
    private FormDefinition form;
    private @Nullable String selected;
    private boolean unsaved;

    BuilderState(FormDefinition form) {
        this.form = form;
        this.selected = form.pages().isEmpty() ? null : form.pages().getFirst().key();
    }

    void onChange(java.util.function.Consumer<Change> listener) {
        listeners.add(listener);
    }

    FormDefinition form() {
        return form;
    }

    boolean unsaved() {
        return unsaved;
    }

    void saved() {
        unsaved = false;
    }

    @Nullable String selected() {
        return selected;
    }

    /** Applies an edit of the content of the selected element (labels, rules…). */
    void change(UnaryOperator<FormDefinition> edit) {
        apply(edit, selected, Change.CONTENT);
    }

    /** Applies an edit that adds, moves or removes elements, or renames one, then selects {@code select}. */
    void restructure(UnaryOperator<FormDefinition> edit, @Nullable String select) {
        apply(edit, select, Change.STRUCTURE);
    }

    /** Renames the selected element (conditions follow), without redrawing its editor. */
    void rename(String key, String newKey) {
        apply(form -> fr.guichet.forms.FormEdits.rename(form, key, newKey), newKey, Change.CONTENT);
    }

    void select(@Nullable String key) {
        selected = key;
        listeners.forEach(listener -> listener.accept(Change.STRUCTURE));
    }

    Optional<Page> selectedPage() {
        return form.pages().stream().filter(page -> page.key().equals(selected)).findFirst();
    }

    Optional<Section> selectedSection() {
        return form.pages().stream().flatMap(page -> page.sections().stream())
                .filter(section -> section.key().equals(selected)).findFirst();
    }

    Optional<Field> selectedField() {
        return selected == null ? Optional.empty() : form.field(selected);
    }

    /** The page holding the selected element, which the preview opens. */
    Optional<Page> pageOfSelection() {
        return form.pages().stream().filter(page -> page.key().equals(selected)
                || page.sections().stream().anyMatch(section -> section.key().equals(selected)
                        || contains(section.fields())))
                .findFirst();
    }

    private boolean contains(List<Field> fields) {
        return fields.stream().anyMatch(field -> field.key().equals(selected) || contains(field.children()));
    }

    private void apply(UnaryOperator<FormDefinition> edit, @Nullable String select, Change change) {
        FormDefinition edited = edit.apply(form);
        if (edited.equals(form) && java.util.Objects.equals(select, selected)) {
            return;
        }
        unsaved |= !edited.equals(form);
        form = edited;
        selected = select;
        listeners.forEach(listener -> listener.accept(change));
    }
}

package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import fr.guichet.forms.FormLimits;
import fr.guichet.portal.base.ui.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A repeatable group: a fieldset holding one block per entry, each with the group's fields and a « Retirer » button,
 * and an « Ajouter » button, within the group's minimum and maximum number of entries.
 */
final class GroupInput implements FieldInput {

    private final Field field;
    private final FieldSet fieldset = new FieldSet();
    private final Paragraph error = new Paragraph();
    private final Div entriesBox = new Div();
    private final Button add = new Button();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final int max;
    private String id = "";

    GroupInput(Field field) {
        this.field = field;
        this.max = field.maxRepetitions() > 0 ? Math.min(field.maxRepetitions(), FormLimits.MAX_REPETITIONS)
                : FormLimits.MAX_REPETITIONS;
        fieldset.addClassName("form-group");
        fieldset.setLegendText(field.label());
        if (field.required()) {
            fieldset.getLegend().addClassName("form-required");
        }
        if (field.help() != null && !field.help().isBlank()) {
            fieldset.add(new Paragraph(field.help()));
        }
        error.addClassName("form-group-error");
        error.setVisible(false);
        entriesBox.addClassName("form-group-entries");
        add.setText(fieldset.getTranslation("portal.form.group.add"));
        add.setAriaLabel(fieldset.getTranslation("portal.form.group.add.label", field.label()));
        add.addClickListener(click -> {
            Entry entry = addEntry();
            changed();
            entry.focusFirst();
        });
        fieldset.add(error, entriesBox, add);
        for (int i = 0; i < field.minRepetitions(); i++) {
            addEntry();
        }
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public Component component() {
        return fieldset;
    }

    @Override
    public @Nullable Object answer() {
        if (entries.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, Object> answer = new LinkedHashMap<>();
            entry.inputs.forEach(input -> {
                Object value = input.answer();
                if (value != null) {
                    answer.put(input.field().key(), value);
                }
            });
            answers.add(answer);
        }
        return answers;
    }

    @Override
    public Object probe() {
        List<Map<String, Object>> probes = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, Object> probe = new LinkedHashMap<>();
            entry.inputs.forEach(input -> probe.put(input.field().key(), input.probe()));
            probes.add(probe);
        }
        return probes;
    }

    @Override
    public void clear() {
        new ArrayList<>(entries).forEach(this::removeEntry);
        for (int i = 0; i < field.minRepetitions(); i++) {
            addEntry();
        }
    }

    /** Puts back a draft's entries, as many as the group takes, each field by its key. */
    @Override
    public boolean restore(Object answer) {
        if (!(answer instanceof List<?> saved)) {
            return false;
        }
        new ArrayList<>(entries).forEach(this::removeEntry);
        saved.stream().filter(Map.class::isInstance).limit(max).forEach(values -> {
            Entry entry = addEntry();
            entry.inputs.forEach(input -> {
                Object value = ((Map<?, ?>) values).get(input.field().key());
                if (value != null) {
                    input.restore(value);
                }
            });
        });
        while (entries.size() < field.minRepetitions()) {
            addEntry();
        }
        return true;
    }

    @Override
    public void identify(String newId) {
        this.id = newId;
        fieldset.setId(newId);
        add.setId(newId + "-ajouter");
        error.setId(newId + "-erreur");
        renumber();
    }

    @Override
    public void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        errors(errors, prefix, shown, false);
    }

    @Override
    public void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        errors(errors, prefix, shown, true);
    }

    /** The group's own error (too few or too many entries), then those of the entries' fields. */
    private void errors(Map<String, String> errors, String prefix, List<FieldError> shown, boolean refresh) {
        String key = prefix + field.key();
        if (!refresh || error.isVisible()) {
            String message = errors.get(key);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            if (message != null) {
                add.getElement().setAttribute("aria-describedby", error.getId().orElse(""));
                shown.add(new FieldError(field.label(), message, add.getId().orElse("")));
            } else {
                add.getElement().removeAttribute("aria-describedby");
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            List<FieldError> inEntry = new ArrayList<>();
            String entryTitle = entries.get(i).title();
            for (FieldInput input : entries.get(i).inputs) {
                if (refresh) {
                    input.refreshErrors(errors, key + "[" + i + "].", inEntry);
                } else {
                    input.showErrors(errors, key + "[" + i + "].", inEntry);
                }
            }
            inEntry.forEach(e -> shown.add(new FieldError(fieldset.getTranslation("portal.form.error.label",
                    e.label(), entryTitle), e.message(), e.targetId())));
        }
    }

    @Override
    public void applyVisibility(Set<String> hiddenKeys, String prefix) {
        for (int i = 0; i < entries.size(); i++) {
            String entryPrefix = prefix + field.key() + "[" + i + "].";
            for (FieldInput input : entries.get(i).inputs) {
                FieldInput.show(input, !hiddenKeys.contains(entryPrefix + input.field().key()));
                input.applyVisibility(hiddenKeys, entryPrefix);
            }
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private Entry addEntry() {
        Entry entry = new Entry();
        entries.add(entry);
        entriesBox.add(entry.box);
        renumber();
        return entry;
    }

    private void removeEntry(Entry entry) {
        entries.remove(entry);
        entriesBox.remove(entry.box);
        renumber();
    }

    /** Legends, ids and button names follow the entries' positions; the buttons the limits. */
    private void renumber() {
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).number(i + 1);
        }
        add.setVisible(entries.size() < max);
    }

    /** One repetition of the group's fields. */
    private final class Entry {

        private final FieldSet box = new FieldSet();
        private final List<FieldInput> inputs = new ArrayList<>();
        private final Button remove = new Button();
        private int number;

        Entry() {
            box.addClassName("form-group-entry");
            for (Field child : field.children()) {
                FieldInput input = FieldRenderers.render(child);
                input.addChangeListener(GroupInput.this::changed);
                inputs.add(input);
                box.add(input.component());
            }
            remove.setText(box.getTranslation("portal.form.group.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(click -> {
                removeEntry(this);
                changed();
                add.focus(); // removing an entry always leaves room for another
            });
            box.add(remove);
        }

        String title() {
            return box.getTranslation("portal.form.group.entry", field.label(), number);
        }

        void number(int position) {
            number = position;
            box.setLegendText(title());
            remove.setAriaLabel(box.getTranslation("portal.form.group.remove.label", title()));
            remove.setVisible(entries.size() > field.minRepetitions());
            for (FieldInput input : inputs) {
                input.identify(id + "-" + position + "-" + input.field().key());
            }
        }

        void focusFirst() {
            inputs.stream().map(FieldInput::component).filter(Component::isVisible)
                    .filter(Focusable.class::isInstance).findFirst()
                    .ifPresent(component -> ((Focusable<?>) component).focus());
        }
    }
}

package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.portal.base.ui.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One page of the form: its sections as fieldsets, each holding its fields. */
final class FormPage extends Div {

    static final String ID_PREFIX = "champ-";

    private final Page page;
    private final List<SectionBlock> sections = new ArrayList<>();

    /** A section and the inputs of its fields. */
    private record SectionBlock(Section section, FieldSet fieldset, List<FieldInput> inputs) {
    }

    FormPage(Page page) {
        this.page = page;
        addClassName("form-page-fields");
        for (Section section : page.sections()) {
            FieldSet fieldset = new FieldSet(section.title());
            fieldset.addClassName("form-section");
            List<FieldInput> inputs = new ArrayList<>();
            for (var field : section.fields()) {
                FieldInput input = FieldRenderers.render(field);
                input.identify(ID_PREFIX + field.key());
                fieldset.add(input.component());
                inputs.add(input);
            }
            sections.add(new SectionBlock(section, fieldset, inputs));
            add(fieldset);
        }
    }

    Page page() {
        return page;
    }

    List<FieldInput> inputs() {
        return sections.stream().flatMap(block -> block.inputs().stream()).toList();
    }

    /** Adds the answers entered on this page. */
    void collectAnswers(Map<String, Object> answers) {
        for (FieldInput input : inputs()) {
            Object answer = input.answer();
            if (answer != null) {
                answers.put(input.field().key(), answer);
            }
        }
    }

    /** Puts back the answers of a draft into this page's fields, by key. */
    void restore(Map<String, Object> answers) {
        for (FieldInput input : inputs()) {
            Object answer = answers.get(input.field().key());
            if (answer != null) {
                input.restore(answer);
            }
        }
    }

    /** Adds every field's answer, empty ones included, to probe visibility. */
    void collectProbe(Map<String, Object> probe) {
        inputs().forEach(input -> probe.put(input.field().key(), input.probe()));
    }

    /**
     * Shows what conditions show and hides (and empties) the rest.
     *
     * @return whether anything is left to show on the page
     */
    boolean applyVisibility(Set<String> hiddenKeys) {
        boolean pageShown = false;
        for (SectionBlock block : sections) {
            boolean sectionShown = false;
            for (FieldInput input : block.inputs()) {
                boolean shown = !hiddenKeys.contains(input.field().key());
                FieldInput.show(input, shown);
                input.applyVisibility(hiddenKeys, "");
                sectionShown |= shown;
            }
            block.fieldset().setVisible(sectionShown || block.inputs().isEmpty());
            pageShown |= block.fieldset().isVisible();
        }
        return pageShown;
    }

    /** Updates the errors shown on this page's fields (see {@link FieldInput#refreshErrors}), returns those left. */
    List<FieldError> refreshErrors(Map<String, String> errors) {
        List<FieldError> shown = new ArrayList<>();
        inputs().forEach(input -> input.refreshErrors(errors, "", shown));
        return shown;
    }

    /** Shows the errors of this page's fields (none when {@code errors} is empty) and returns them in order. */
    List<FieldError> showErrors(Map<String, String> errors) {
        List<FieldError> shown = new ArrayList<>();
        inputs().forEach(input -> input.showErrors(errors, "", shown));
        return shown;
    }
}

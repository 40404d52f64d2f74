package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.guichet.forms.AnswerSheet;
import fr.guichet.forms.FormJson;
import fr.guichet.requests.RequestFile;

/** The answers as the citizen gave them, under the titles of the procedure version they were given with. */
final class AnswersPanel extends Section {

    AnswersPanel(RequestFile file) {
        addClassName("request-answers");
        add(new H2(getTranslation("backoffice.request.answers", file.procedureVersion())));
        DescriptionList list = null;
        for (AnswerSheet.Line line : AnswerSheet.of(FormJson.read(file.formJson()), file.answers())) {
            switch (line.kind()) {
                case PAGE -> {
                    add(new H3(line.label()));
                    list = null;
                }
                case SECTION, ENTRY -> {
                    H4 heading = new H4(line.label());
                    heading.getStyle().set("margin-inline-start", line.depth() + "rem");
                    add(heading);
                    list = null;
                }
                case ANSWER -> {
                    if (list == null) {
                        list = new DescriptionList();
                        list.addClassName("answer-list");
                        list.getStyle().set("margin-inline-start", line.depth() + "rem");
                        add(list);
                    }
                    list.add(new DescriptionList.Term(line.label()),
                            new DescriptionList.Description(line.text()));
                }
            }
        }
        if (!file.sourcedValues().isEmpty()) {
            add(sourced(file));
        }
        if (file.answers().isEmpty() && file.sourcedValues().isEmpty()) {
            add(new Paragraph(getTranslation("backoffice.request.noAnswers")));
        }
    }

    /** What administrations transmitted instead of documents (API Particulier), each with its provenance. */
    private Section sourced(RequestFile file) {
        Section section = new Section();
        section.addClassName("request-sourced");
        section.add(new H3(getTranslation("backoffice.request.sourced")));
        DescriptionList list = new DescriptionList();
        list.addClassName("answer-list");
        var form = FormJson.read(file.formJson());
        file.sourcedValues().forEach((key, value) -> list.add(
                new DescriptionList.Term(form.field(key).map(fr.guichet.forms.Field::label).orElse(key)),
                new DescriptionList.Description(value.value() + " — " + value.provenance())));
        section.add(list);
        return section;
    }
}

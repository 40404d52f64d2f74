package fr.guichet.backoffice.workflows.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.backoffice.base.ui.ProblemList;
import fr.guichet.documents.DocumentTemplateText;
import fr.guichet.documents.DocumentTemplates;
import fr.guichet.documents.InvalidDocumentTemplate;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The commune's document templates (convocations, attestations…): a title and a text with {@code {{variables}}},
 * turned into a PDF for the request when a workflow state names the template.
 */
@Route(value = "agents/modeles-documents", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"DESIGNER", "ADMIN"})
public class DocumentTemplatesView extends Div implements HasDynamicTitle {

    /** The choice of the select that starts a new template. */
    private static final String NEW = "";

    private final DocumentTemplates templates;
    private final Select<String> choice = new Select<>();
    private final TextField key = new TextField();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph status = new Paragraph();
    private final ProblemList problems = new ProblemList();
    private Map<String, DocumentTemplateText> known = Map.of();

    public DocumentTemplatesView(DocumentTemplates templates) {
        this.templates = templates;
        addClassNames("view", "form-stack");
        choice.setLabel(getTranslation("backoffice.documents.choice"));
        choice.setWidth("26rem");
        choice.addValueChangeListener(change -> show(change.getValue()));
        key.setLabel(getTranslation("backoffice.documents.key"));
        key.setHelperText(getTranslation("backoffice.documents.key.help"));
        key.setMaxLength(40);
        title.setLabel(getTranslation("backoffice.documents.title"));
        title.setMaxLength(DocumentTemplateText.MAX_TITLE);
        title.setWidthFull();
        body.setLabel(getTranslation("backoffice.documents.body"));
        body.setHelperText(getTranslation("backoffice.documents.variables", DocumentTemplateText.VARIABLES.stream()
                .map(v -> "{{" + v + "}}").collect(Collectors.joining(", "))));
        body.setMaxLength(DocumentTemplateText.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("16rem");
        status.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("backoffice.documents.heading")),
                new Paragraph(getTranslation("backoffice.documents.intro")), choice, status, problems, key, title,
                body, save);
        reload(NEW);
    }

    private void reload(String selected) {
        List<DocumentTemplateText> all = templates.list();
        known = all.stream().collect(Collectors.toMap(DocumentTemplateText::key, t -> t));
        List<String> keys = new ArrayList<>(List.of(NEW));
        all.forEach(template -> keys.add(template.key()));
        choice.setItems(keys);
        choice.setItemLabelGenerator(k -> k == null || k.isEmpty() ? getTranslation("backoffice.documents.new")
                : known.get(k).title());
        choice.setValue(selected);
        show(selected);
    }

    private void show(String selected) {
        DocumentTemplateText template = known.get(selected);
        key.setValue(template == null ? "" : template.key());
        key.setReadOnly(template != null);
        title.setValue(template == null ? "" : template.title());
        body.setValue(template == null ? "" : template.body());
        problems.clear();
    }

    private void save() {
        try {
            DocumentTemplateText saved = templates.save(new DocumentTemplateText(key.getValue(), title.getValue(),
                    body.getValue()));
            reload(saved.key());
            status.setText(getTranslation("backoffice.documents.saved", saved.title()));
        } catch (InvalidDocumentTemplate refused) {
            problems.show(getTranslation("backoffice.documents.refused"), refused.problems());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.documents.heading");
    }
}

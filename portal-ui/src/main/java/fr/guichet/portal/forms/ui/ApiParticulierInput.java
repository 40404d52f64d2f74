package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import fr.guichet.apiparticulier.ApiParticulierPrefill;
import fr.guichet.apiparticulier.CertifiedValue;
import fr.guichet.apiparticulier.DataSet;
import fr.guichet.apiparticulier.Fetch;
import fr.guichet.forms.Field;
import fr.guichet.portal.base.ui.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document that API Particulier can replace (decision 024): a citizen whose identity FranceConnect certified may,
 * after ticking an explicit consent, have the value fetched (« Récupérer automatiquement … »); it is then shown with
 * its provenance and the server keeps it for the submission. Without consent, on failure, for guests and for
 * citizens without a certified identity, the document is asked for, as by a plain {@link FileInput}.
 */
final class ApiParticulierInput implements FieldInput {

    private final FileInput document;
    private final DataSet set;
    private final ApiParticulierPrefill prefill;
    private final Div box = new Div();
    private final Div offer = new Div();
    private final Checkbox consent = new Checkbox();
    private final Button fetch = new Button();
    private final Paragraph message = new Paragraph();
    private final Div received = new Div();
    private final String key;
    private @Nullable CertifiedValue value;

    ApiParticulierInput(Field field) {
        this.document = new FileInput(field);
        this.set = DataSet.of(field.prefill()).orElseThrow();
        this.prefill = VaadinService.getCurrent().getInstantiator().getOrCreate(ApiParticulierPrefill.class);
        this.key = set.name().toLowerCase(Locale.ROOT);
        box.addClassName("form-sourced");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("form-sourced-message");
        message.setVisible(false);
        received.addClassName("form-sourced-value");
        received.getElement().setAttribute("role", "status");
        received.setVisible(false);
        box.add(offer, message, received, document.component());
        if (prefill.offered()) {
            consent.setLabel(box.getTranslation("portal.form.apiparticulier." + key + ".consent"));
            fetch.setText(box.getTranslation("portal.form.apiparticulier." + key + ".fetch"));
            fetch.addThemeVariants(ButtonVariant.PRIMARY);
            fetch.addClickListener(click -> fetch());
            offer.addClassName("form-sourced-offer");
            offer.add(new Paragraph(box.getTranslation("portal.form.apiparticulier.intro", field.label())), consent,
                    fetch);
            prefill.held(set).ifPresentOrElse(this::show, () -> offer.setVisible(true));
        } else {
            offer.setVisible(false);
        }
    }

    private void fetch() {
        switch (prefill.fetch(set, consent.getValue())) {
            case Fetch.Received ok -> show(ok.value());
            case Fetch.NotReceived failed -> {
                message.setText(failed.message());
                message.setVisible(true);
                if (failed.outcome() != null) {
                    // Called and failed: the document it is, the offer is not made again.
                    offer.setVisible(false);
                }
                document.focusChoice();
            }
        }
    }

    private void show(CertifiedValue certified) {
        value = certified;
        offer.setVisible(false);
        message.setVisible(false);
        document.clear();
        document.component().setVisible(false);
        received.removeAll();
        Paragraph text = new Paragraph(box.getTranslation("portal.form.apiparticulier." + key + ".value",
                certified.value()));
        text.addClassName("form-sourced-text");
        Paragraph provenance = new Paragraph(certified.provenance());
        provenance.addClassName("form-sourced-provenance");
        Button instead = new Button(box.getTranslation("portal.form.apiparticulier.instead"), click -> instead());
        instead.addThemeVariants(ButtonVariant.TERTIARY);
        received.add(text, provenance, instead);
        received.setVisible(true);
        document.changedFromOutside();
    }

    /** The citizen prefers to join the document: the value is given up. */
    private void instead() {
        prefill.release(set);
        value = null;
        received.setVisible(false);
        document.component().setVisible(true);
        document.focusChoice();
        document.changedFromOutside();
    }

    @Override
    public Field field() {
        return document.field();
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public @Nullable Object answer() {
        return value != null ? null : document.answer();
    }

    @Override
    public Object probe() {
        return value != null ? Map.of() : document.probe();
    }

    @Override
    public boolean answeredElsewhere() {
        return value != null;
    }

    @Override
    public boolean restore(Object answer) {
        return value == null && document.restore(answer);
    }

    @Override
    public void clear() {
        document.clear();
    }

    @Override
    public void identify(String id) {
        document.identify(id);
        consent.setId(id + "-accord");
        fetch.setId(id + "-recuperer");
        message.setId(id + "-api-message");
        received.setId(id + "-api-valeur");
    }

    @Override
    public void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        if (value == null) {
            document.showErrors(errors, prefix, shown);
        }
    }

    @Override
    public void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        if (value == null) {
            document.refreshErrors(errors, prefix, shown);
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        document.addChangeListener(listener);
    }

    /** The value received, if any (for the review). */
    Optional<CertifiedValue> value() {
        return Optional.ofNullable(value);
    }
}

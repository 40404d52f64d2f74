package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens once every answer is valid: a published form is submitted as a request, a designer's preview only
 * says it would be. The wizard shows {@link #panel()} on its review step, above the final button.
 */
interface FormFinish {

    /** The final button's text. */
    String buttonText(Component i18n);

    /** Extra inputs shown on the review step (the requester's e-mail, the consent), if any. */
    Optional<Component> panel();

    /**
     * Finishes with the answers as typed (the server validates them again).
     *
     * @param pendingDocuments the labels of required documents that are not attached yet
     * @return paragraphs for the wizard to show and focus (a refusal, the preview's note); empty when the finish
     *     took the citizen elsewhere
     */
    List<String> finish(Map<String, Object> answers, List<String> pendingDocuments);
}

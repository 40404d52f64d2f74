package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.guichet.workflows.Transition;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Confirms a workflow move, with its comment (required or optional, shown to the citizen or not, as the move says). */
final class MoveDialog extends Dialog {

    MoveDialog(Transition move, Consumer<@Nullable String> confirmed) {
        setHeaderTitle(move.label());
        TextArea comment = new TextArea(getTranslation(move.commentRequired() ? "backoffice.move.comment.required"
                : "backoffice.move.comment"));
        comment.setRequiredIndicatorVisible(move.commentRequired());
        comment.setMaxLength(10_000);
        comment.setWidthFull();
        comment.setHelperText(getTranslation(move.commentVisibleToCitizen() ? "backoffice.move.comment.visible"
                : "backoffice.move.comment.internal"));
        Button confirm = new Button(move.label(), click -> {
            if (move.commentRequired() && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("backoffice.move.comment.missing"));
                comment.setInvalid(true);
                comment.focus();
                return;
            }
            close();
            confirmed.accept(comment.getValue().isBlank() ? null : comment.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("backoffice.move.intro", move.label())), comment);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                comment.focus();
            }
        });
    }
}

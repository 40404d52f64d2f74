package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import fr.guichet.requests.Casework;
import fr.guichet.requests.RequestFile;
import fr.guichet.workflows.Transition;
import java.util.function.BiFunction;

/**
 * What an agent can do on the request: the workflow moves their role allows, taking or releasing it, assigning it
 * to a team, an internal note, a message to the citizen. Each action is handed to the view, which runs it against
 * the version seen.
 */
final class RequestActions extends Section {

    /** The view's way to run an action and show its outcome or its refusal. */
    interface Runner {
        void run(Action action);
    }

    /** One action on the request, given the version the agent saw. */
    interface Action {
        RequestFile apply(long seenVersion);
    }

    RequestActions(RequestFile file, String me, Runner runner, Casework casework) {
        addClassName("request-actions");
        add(new H2(getTranslation("backoffice.request.actions")));
        Div moves = new Div();
        moves.addClassName("request-moves");
        for (Transition move : file.moves()) {
            Button button = new Button(move.label(), click -> new MoveDialog(move, comment -> runner.run(
                    seen -> casework.move(file.id(), seen, move.key(), comment))).open());
            if ("accepter".equals(move.key())) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            moves.add(button);
        }
        if (file.moves().isEmpty()) {
            moves.add(new Paragraph(getTranslation("backoffice.request.noMoves")));
        }
        Button take = me.equals(file.assignee())
                ? new Button(getTranslation("backoffice.request.release"), click -> runner.run(
                        seen -> casework.assign(file.id(), seen, null)))
                : new Button(getTranslation("backoffice.request.take"), click -> runner.run(
                        seen -> casework.assign(file.id(), seen, me)));
        moves.add(take);
        add(moves, new TeamAssignment(file, runner, casework), textForm("backoffice.request.note",
                "backoffice.request.note.help", "backoffice.request.note.add",
                (text, seen) -> casework.addNote(file.id(), seen, text), runner),
                textForm("backoffice.request.message", "backoffice.request.message.help",
                        "backoffice.request.message.send", (text, seen) -> casework.messageCitizen(file.id(), seen, text),
                        runner));
    }

    private Div textForm(String label, String help, String action, BiFunction<String, Long, RequestFile> send,
            Runner runner) {
        TextArea text = new TextArea(getTranslation(label));
        text.setHelperText(getTranslation(help));
        text.setMaxLength(10_000);
        text.setWidthFull();
        Button button = new Button(getTranslation(action), click -> runner.run(seen -> send.apply(text.getValue(),
                seen)));
        Div form = new Div(text, button);
        form.addClassName("form-stack");
        return form;
    }
}

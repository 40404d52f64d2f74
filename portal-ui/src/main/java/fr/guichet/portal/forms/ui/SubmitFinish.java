package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submits a published form as a request: the requester's details and consent are checked, the server validates the
 * answers again, and the citizen lands on the receipt. A refusal is explained where the wizard shows messages.
 */
final class SubmitFinish implements FormFinish {

    private final Submissions submissions;
    private final String slug;
    private final RequesterPanel requester;
    private final Component i18n;
    /** Set once the request is saved: a second click (or a replayed event) never submits it twice. */
    private boolean submitted;
    private Runnable afterSubmission = () -> { };

    SubmitFinish(Submissions submissions, String slug, RequesterPanel requester, Component i18n) {
        this.submissions = submissions;
        this.slug = slug;
        this.requester = requester;
        this.i18n = i18n;
    }

    /** Runs {@code action} once the request is saved, before the citizen is taken to the receipt. */
    void afterSubmission(Runnable action) {
        this.afterSubmission = action;
    }

    @Override
    public String buttonText(Component component) {
        return component.getTranslation("portal.submit.button");
    }

    @Override
    public Optional<Component> panel() {
        return Optional.of(requester);
    }

    @Override
    public List<String> finish(Map<String, Object> answers, List<String> pendingDocuments) {
        if (submitted) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(requester.problems());
        if (!problems.isEmpty()) {
            requester.focusFirstProblem();
            return problems;
        }
        // For a signed-in citizen the service binds the request to the account, whatever is passed here.
        SubmissionResult result = submissions.submitOnline(slug, answers, Requester.guest(
                requester.name().isEmpty() ? null : requester.name(),
                requester.email().isEmpty() ? null : requester.email()));
        if (!result.accepted()) {
            String aboutRequester = result.errors().get(Submissions.REQUESTER);
            if (aboutRequester != null) {
                requester.invalid(aboutRequester);
                requester.focusFirstProblem();
                return List.of(aboutRequester);
            }
            return List.of(i18n.getTranslation("portal.submit.refused"));
        }
        submitted = true;
        afterSubmission.run();
        ReceiptView.remember(result);
        UI.getCurrent().navigate(ReceiptView.class, ReceiptView.parameters(slug, result.reference()));
        return List.of();
    }
}

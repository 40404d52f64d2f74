package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.requests.Intakes;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end of a form filled by an agent for someone met at the counter, on the phone, by post or by e-mail: the
 * request is registered with its channel and the agent lands on its page in the back office.
 */
final class OnBehalfFinish implements FormFinish {

    private final Submissions submissions;
    private final Intakes intakes;
    private final String token;
    private final Intakes.Intake intake;
    private final String slug;
    private final Component i18n;

    OnBehalfFinish(Submissions submissions, Intakes intakes, String token, Intakes.Intake intake, String slug,
            Component i18n) {
        this.submissions = submissions;
        this.intakes = intakes;
        this.token = token;
        this.intake = intake;
        this.slug = slug;
        this.i18n = i18n;
    }

    @Override
    public String buttonText(Component component) {
        return component.getTranslation("portal.onbehalf.button");
    }

    @Override
    public Optional<Component> panel() {
        return Optional.of(new Paragraph(i18n.getTranslation("portal.onbehalf.recap", intake.requester().name(),
                intake.channel().label().toLowerCase(java.util.Locale.FRENCH))));
    }

    @Override
    public List<String> finish(Map<String, Object> answers, List<String> pendingDocuments) {
        if (intakes.find(token).isEmpty()) {
            return List.of(i18n.getTranslation("portal.onbehalf.done"));
        }
        SubmissionResult result = submissions.registerOnBehalf(slug, intake.channel(), answers, intake.requester());
        if (!result.accepted()) {
            String aboutRequester = result.errors().get(Submissions.REQUESTER);
            return List.of(aboutRequester != null ? aboutRequester : i18n.getTranslation("portal.submit.refused"));
        }
        intakes.close(token);
        UI.getCurrent().navigate("agents/demandes/" + result.requestId());
        return List.of();
    }
}

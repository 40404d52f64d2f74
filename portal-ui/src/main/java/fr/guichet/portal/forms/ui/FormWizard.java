package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.Page;
import fr.guichet.forms.SubmissionValidation;
import fr.guichet.forms.ValidatedSubmission;
import fr.guichet.identity.Prefill;
import fr.guichet.portal.base.ui.ErrorSummary;
import fr.guichet.portal.base.ui.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The form one page at a time, then a review of the answers. Conditions are applied as answers change; « Suivant »
 * validates the page and « Vérifier ma demande » the whole form, both with {@link SubmissionValidation}, whose
 * messages are shown on the fields and in a summary.
 */
final class FormWizard extends Div {

    /** The key a draft saves for the review step (page keys cannot start with an underscore). */
    static final String REVIEW = "_verification";

    private final FormDefinition form;
    private final String procedureTitle;
    private final Visibility visibility;
    private final List<FormPage> pages = new ArrayList<>();
    private final StepIndicator steps = new StepIndicator();
    private final ErrorSummary summary = new ErrorSummary();
    private final Div completion = new Div();
    private final Div body = new Div();
    private final PageNavigator navigator;
    private final FormFinish finish;
    private Set<String> hiddenKeys = Set.of();
    private List<Boolean> shown = List.of();
    /** The page shown, or {@code pages.size()} for the review. */
    private int current;
    private boolean applyingConditions;
    private String stepTitle = "";
    private String documentTitle = "";
    private Runnable progress = () -> { };

    FormWizard(FormDefinition form, String procedureTitle, FormFinish finish) {
        this.form = form;
        this.finish = finish;
        this.navigator = new PageNavigator(this::previous, this::next, this::check, finish.buttonText(this));
        this.procedureTitle = procedureTitle;
        this.visibility = new Visibility(form);
        addClassName("procedure-form");
        for (Page page : form.pages()) {
            FormPage formPage = new FormPage(page);
            formPage.inputs().forEach(input -> input.addChangeListener(this::answersChanged));
            pages.add(formPage);
        }
        completion.addClassName("form-complete");
        completion.getElement().setAttribute("role", "status");
        completion.getElement().setAttribute("tabindex", "-1");
        completion.setVisible(false);
        body.addClassName("form-body");
        add(steps, summary, completion, body, navigator);
        applyConditions();
        go(firstPosition(), false);
    }

    /** Opens the page {@code pageKey} when it is shown, as a designer's preview does for the page being edited. */
    void open(String pageKey) {
        for (int position : shownPositions()) {
            if (pages.get(position).page().key().equals(pageKey)) {
                go(position, false);
                return;
            }
        }
    }

    /**
     * Puts back a draft's answers and opens the page it was saved on (or the first one): the conditions are applied
     * once everything is back, so that an answer is never dropped for a condition that another answer fulfils.
     */
    void restore(Map<String, Object> answers, @Nullable String pageKey) {
        applyingConditions = true;
        try {
            pages.forEach(page -> page.restore(answers));
        } finally {
            applyingConditions = false;
        }
        applyConditions();
        if (REVIEW.equals(pageKey)) {
            go(pages.size(), false);
        } else if (pageKey != null) {
            open(pageKey);
        }
    }

    /** Runs {@code listener} after every change of an answer and of page (the drafts' autosave). */
    void onProgress(Runnable listener) {
        this.progress = listener;
    }

    /** The answers as typed so far, valid or not: what a draft keeps. */
    Map<String, Object> answersSoFar() {
        return typedAnswers();
    }

    /** The key of the page shown, or {@link #REVIEW} on the review step. */
    String pageKey() {
        return current == pages.size() ? REVIEW : pages.get(current).page().key();
    }

    /** Fills the fields the citizen's profile answers ({@link FieldInput#prefill}); how many took a value. */
    int prefill(Map<String, Prefill> prefills) {
        return (int) pages.stream().flatMap(page -> page.inputs().stream())
                .filter(input -> prefills.containsKey(input.field().key()))
                .filter(input -> input.prefill(prefills.get(input.field().key()))).count();
    }

    /** The browser tab's title: the step, and the number of errors when there are. */
    String documentTitle() {
        return documentTitle;
    }

    private void answersChanged() {
        if (applyingConditions) {
            return;
        }
        applyConditions();
        refreshStep();
        if (summary.isVisible() && current < pages.size()) {
            List<FieldError> left = pages.get(current).refreshErrors(validate().errors());
            summary.refresh(left);
            setDocumentTitle(left.isEmpty() ? getTranslation("portal.form.title", stepTitle, procedureTitle)
                    : errorsTitle(left.size()));
        } else {
            setDocumentTitle(getTranslation("portal.form.title", stepTitle, procedureTitle));
        }
        progress.run();
    }

    /** Hides what the answers so far hide, emptying it; the flag ignores the changes this makes. */
    private void applyConditions() {
        applyingConditions = true;
        try {
            Map<String, Object> probe = new LinkedHashMap<>();
            pages.forEach(page -> page.collectProbe(probe));
            hiddenKeys = visibility.hiddenKeys(probe);
            shown = pages.stream().map(page -> page.applyVisibility(hiddenKeys)).toList();
        } finally {
            applyingConditions = false;
        }
    }

    private void next() {
        List<FieldError> errors = pages.get(current).showErrors(validate().errors());
        if (!errors.isEmpty()) {
            showSummary(errors);
            return;
        }
        List<Integer> positions = shownPositions();
        int index = positions.indexOf(current);
        go(index + 1 < positions.size() ? positions.get(index + 1) : pages.size(), true);
    }

    private void previous() {
        List<Integer> positions = shownPositions();
        int index = current == pages.size() ? positions.size() : positions.indexOf(current);
        go(positions.get(Math.max(0, index - 1)), true);
    }

    private void check() {
        ValidatedSubmission result = validate();
        for (int position : shownPositions()) {
            List<FieldError> errors = pages.get(position).showErrors(result.errors());
            if (!errors.isEmpty()) {
                go(position, false);
                pages.get(position).showErrors(result.errors());
                showSummary(errors);
                return;
            }
        }
        List<String> paragraphs = finish.finish(typedAnswers(), pendingDocuments(result));
        if (!paragraphs.isEmpty()) {
            complete(paragraphs);
        }
    }

    /** Shows paragraphs in the completion area and moves focus to it. */
    private void complete(List<String> paragraphs) {
        completion.removeAll();
        paragraphs.forEach(text -> completion.add(new Paragraph(text)));
        completion.setVisible(true);
        completion.getElement().callJsFunction("focus");
    }

    private void go(int position, boolean moveFocus) {
        current = position;
        summary.hide();
        completion.setVisible(false);
        body.removeAll();
        if (position == pages.size()) {
            body.add(review());
            finish.panel().ifPresent(body::add);
            navigator.onReview();
        } else {
            pages.get(position).showErrors(Map.of());
            body.add(pages.get(position));
            navigator.onPage(position == firstPosition());
        }
        refreshStep();
        setDocumentTitle(getTranslation("portal.form.title", stepTitle, procedureTitle));
        if (moveFocus) {
            steps.focus();
        }
        progress.run();
    }

    private ReviewPanel review() {
        Map<Integer, Page> shownPages = new LinkedHashMap<>();
        shownPositions().forEach(position -> shownPages.put(position, pages.get(position).page()));
        Map<String, Object> answers = new LinkedHashMap<>(validate().answers());
        pages.stream().flatMap(page -> page.inputs().stream())
                .filter(input -> input instanceof ApiParticulierInput)
                .forEach(input -> ((ApiParticulierInput) input).value().ifPresent(value ->
                        answers.put(input.field().key(), value.value() + " — " + value.provenance())));
        return new ReviewPanel(shownPages, hiddenKeys, answers, position -> go(position, true));
    }

    private void refreshStep() {
        List<Integer> positions = shownPositions();
        int total = positions.size() + 1;
        boolean onReview = current == pages.size();
        int number = onReview ? total : positions.indexOf(current) + 1;
        String reviewTitle = getTranslation("portal.form.review.title");
        String title = onReview ? reviewTitle : pages.get(current).page().title();
        String nextTitle = onReview ? null
                : number < positions.size() ? pages.get(positions.get(number)).page().title() : reviewTitle;
        stepTitle = steps.show(number, total, title, nextTitle);
    }

    private void showSummary(List<FieldError> errors) {
        summary.show(errors);
        setDocumentTitle(errorsTitle(errors.size()));
    }

    private String errorsTitle(int count) {
        return getTranslation("portal.form.title.errors", count,
                getTranslation("portal.form.title", stepTitle, procedureTitle));
    }

    private void setDocumentTitle(String title) {
        documentTitle = title;
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    /** The server's validation of every answer entered so far. */
    private ValidatedSubmission validate() {
        FormDefinition checked = form;
        for (FieldInput input : pages.stream().flatMap(page -> page.inputs().stream()).toList()) {
            if (input.answeredElsewhere()) {
                // As the server does: a value API Particulier gave replaces the document.
                checked = FormEdits.replaceField(checked, input.field().key(), input.field().asOptional());
            }
        }
        return SubmissionValidation.validate(checked, typedAnswers());
    }

    private Map<String, Object> typedAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        pages.forEach(page -> page.collectAnswers(answers));
        return answers;
    }

    private int firstPosition() {
        List<Integer> positions = shownPositions();
        return positions.isEmpty() ? pages.size() : positions.getFirst();
    }

    private List<Integer> shownPositions() {
        return IntStream.range(0, pages.size()).filter(shown::get).boxed().toList();
    }

    /** The required documents of the fields shown, which the submission of requests will ask for. */
    private List<String> pendingDocuments(ValidatedSubmission result) {
        return result.errors().keySet().stream()
                .map(key -> key.substring(key.lastIndexOf('.') + 1))
                .flatMap(key -> form.field(key).stream())
                .filter(field -> field.type() == FieldType.FILE)
                .map(Field::label).distinct().toList();
    }
}

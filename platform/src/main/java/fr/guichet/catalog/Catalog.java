package fr.guichet.catalog;

import fr.guichet.documents.DocumentTemplates;
import fr.guichet.forms.FormChecks;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.InvalidFormDefinition;
import fr.guichet.tenancy.TenantTransactional;
import fr.guichet.territories.Slugs;
import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowChecks;
import fr.guichet.workflows.WorkflowState;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The current tenant's catalog: designers ({@code ROLE_DESIGNER}) create, edit, publish and close procedures;
 * everyone reads what is published. Every write is checked first and changes nothing when refused.
 */
@Service
public class Catalog {

    private final Procedures procedures;
    private final Clock clock;
    private final DocumentTemplates documents;
    private final Function<String, List<String>> formProblems;

    Catalog(Procedures procedures, Clock clock, DocumentTemplates documents) {
        this.procedures = procedures;
        this.clock = clock;
        this.documents = documents;
        this.formProblems = Catalog::formProblems;
    }

    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure createDraft(ProcedureDescription description, PrivacyNotice privacy, String formJson) {
        List<String> problems = description.problems();
        if (!problems.isEmpty()) {
            throw new PublicationRefused(problems);
        }
        return procedures.save(new Procedure(procedures.freeSlug(Slugs.slugify(description.title())), description,
                privacy, formJson, clock.instant()));
    }

    /**
     * A new draft in the current tenant's catalog, copied from a template of the platform's library; the commune then
     * adapts and publishes it. The draft is independent of the template from then on.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure instantiate(ProcedureTemplate template) {
        return instantiate(template, TemplateOrigin.platform(template.key()));
    }

    /**
     * A new draft copied from a template, remembering where it came from so that a later version of the template can
     * be offered to the designers; nothing is ever applied for them.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure instantiate(ProcedureTemplate template, TemplateOrigin origin) {
        Procedure procedure = createDraft(template.description(), template.privacy(), template.formJson());
        procedure.madeFrom(origin);
        return procedures.save(procedure);
    }

    /**
     * Takes a later version of a procedure's template as its draft: the published version stays online until the
     * designers publish the draft, after adapting it again.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure applyTemplate(UUID id, ProcedureTemplate template, TemplateOrigin origin) {
        Procedure procedure = load(id);
        procedure.applyTemplate(template, origin, clock.instant());
        return procedures.save(procedure);
    }

    /** The designers keep their procedure as it is: template version {@code version} is no longer offered. */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure dismissTemplateVersion(UUID id, int version) {
        Procedure procedure = load(id);
        procedure.dismissTemplateVersion(version, clock.instant());
        return procedures.save(procedure);
    }

    /** The tenant's procedures made from a template, with the template version each took. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public List<TemplateLink> templateLinks() {
        return procedures.findAll().stream().flatMap(p -> p.origin().stream().map(origin -> new TemplateLink(p.id(),
                p.latest().description().title(), p.status(), origin, p.dismissedTemplateVersion()))).toList();
    }

    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure edit(UUID id, ProcedureDescription description, PrivacyNotice privacy, String formJson) {
        List<String> problems = description.problems();
        if (!problems.isEmpty()) {
            throw new PublicationRefused(problems);
        }
        Procedure procedure = load(id);
        procedure.edit(description, privacy, formJson, clock.instant());
        return procedures.save(procedure);
    }

    /** Rewrites only the form of the procedure's draft (opened if needed), keeping its latest description. */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure editForm(UUID id, String formJson) {
        Procedure procedure = load(id);
        ProcedureVersion latest = procedure.latest();
        procedure.edit(latest.description(), latest.privacy(), formJson, clock.instant());
        return procedures.save(procedure);
    }

    /** What would stop this form from being published, without writing anything. */
    @PreAuthorize("hasRole('DESIGNER')")
    public List<String> checkForm(String formJson) {
        return formProblems.apply(formJson);
    }

    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure publish(UUID id) {
        Procedure procedure = load(id);
        procedure.publish(formProblems, this::workflowProblems, clock.instant());
        return procedures.save(procedure);
    }

    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure close(UUID id) {
        Procedure procedure = load(id);
        procedure.close(clock.instant());
        return procedures.save(procedure);
    }

    /** The version a designer edits: the draft if there is one, else the latest (editing it opens a draft). */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<ProcedureVersion> latestVersion(UUID id) {
        return procedures.findById(id).map(Procedure::latest);
    }

    /** Every procedure of the tenant, whatever its status, for designers (and agents filtering their inbox). */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DESIGNER', 'AGENT', 'ADMIN')")
    public List<ProcedureOverview> all() {
        return procedures.findAll().stream().map(ProcedureOverview::of)
                .sorted(Comparator.comparing(overview -> fold(overview.title()))).toList();
    }

    /** Published procedures, optionally of one category and matching keywords (accents and case ignored). */
    @TenantTransactional(readOnly = true)
    public List<ProcedureSummary> published(@Nullable Category category, @Nullable String keywords) {
        List<String> words = words(keywords);
        List<ProcedureSummary> found = new ArrayList<>();
        for (Procedure procedure : procedures.findByStatusOrderBySlug(ProcedureStatus.PUBLISHED)) {
            procedure.published().map(version -> ProcedureSummary.of(procedure, version))
                    .filter(summary -> category == null || summary.description().category() == category)
                    .filter(summary -> matches(summary, words))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparing(summary -> fold(summary.description().title())));
        return found;
    }

    /** A published procedure by its slug, as its page in the portal shows it. */
    @TenantTransactional(readOnly = true)
    public Optional<ProcedureSummary> publishedBySlug(String slug) {
        return procedures.findBySlug(slug).filter(p -> p.status() == ProcedureStatus.PUBLISHED)
                .flatMap(p -> p.published().map(version -> ProcedureSummary.of(p, version)));
    }

    /** A procedure that is online, with its versions (what citizens see of it is public). */
    @TenantTransactional(readOnly = true)
    public Optional<Procedure> publishedProcedure(UUID id) {
        return procedures.findById(id).filter(p -> p.status() == ProcedureStatus.PUBLISHED);
    }

    /** The version citizens fill in: the current one of a published procedure, nothing for any other procedure. */
    @TenantTransactional(readOnly = true)
    public Optional<ProcedureVersion> publishedVersion(UUID procedureId) {
        return publishedProcedure(procedureId).flatMap(Procedure::published).map(ProcedureVersion::number)
                .flatMap(number -> version(procedureId, number));
    }

    /** Any version of a procedure, as a request filled with it must keep showing it. */
    @TenantTransactional(readOnly = true)
    public Optional<ProcedureVersion> version(UUID id, int number) {
        return procedures.findById(id).flatMap(p -> p.version(number));
    }

    /** The workflow of the version a designer edits (the draft if there is one, else the latest). */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<Workflow> latestWorkflow(UUID id) {
        return procedures.findById(id).map(p -> p.latest().workflow());
    }

    /**
     * Rewrites the workflow of the procedure's draft (opened if needed: the published version stays online with its
     * own). Refused with every problem, in French, writing nothing.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure editWorkflow(UUID id, Workflow workflow) {
        List<String> problems = workflowProblems(workflow);
        if (!problems.isEmpty()) {
            throw new PublicationRefused(problems);
        }
        Procedure procedure = load(id);
        procedure.editWorkflow(workflow, clock.instant());
        return procedures.save(procedure);
    }

    /** What would stop this workflow from being saved or published, without writing anything. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public List<String> checkWorkflow(Workflow workflow) {
        return workflowProblems(workflow);
    }

    /**
     * The agents' label of every status a request of this tenant may have, the standard workflow's first, then those
     * of the procedures' own workflows, for the inbox's counters.
     */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public Map<String, String> statusLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Workflow.standard().states().forEach(state -> labels.put(state.key(), state.agentLabel()));
        procedures.findAll().stream().flatMap(p -> p.versions().stream()).map(ProcedureVersion::workflow)
                .flatMap(w -> w.states().stream()).forEach(state -> labels.putIfAbsent(state.key(),
                        state.agentLabel()));
        return labels;
    }

    /** The structural checks of the workflow, and that every document it generates has its template. */
    private List<String> workflowProblems(Workflow workflow) {
        List<String> problems = new ArrayList<>(WorkflowChecks.problems(workflow));
        for (WorkflowState state : workflow.states()) {
            state.onEnter().stream().filter(a -> a.kind() == StateAction.Kind.GENERATE_DOCUMENT)
                    .map(StateAction::template).filter(t -> t != null && WorkflowChecks.KEY.matcher(t).matches())
                    .filter(t -> !documents.exists(t))
                    .forEach(t -> problems.add("État « " + state.agentLabel() + " » : le modèle de document « " + t
                            + " » n’existe pas ; créez-le dans « Modèles de documents »."));
        }
        return problems;
    }

    /** Every problem that stops a form from being published: malformed JSON (with its path) or failed checks. */
    private static List<String> formProblems(String json) {
        try {
            return FormChecks.problems(FormJson.read(json));
        } catch (InvalidFormDefinition malformed) {
            return malformed.problems();
        }
    }

    private Procedure load(UUID id) {
        return procedures.findById(id)
                .orElseThrow(() -> new PublicationRefused(List.of("Cette démarche n’existe pas ou plus.")));
    }

    private static boolean matches(ProcedureSummary summary, List<String> words) {
        String text = fold(summary.description().title() + " " + summary.description().summary());
        return words.stream().allMatch(text::contains);
    }

    private static List<String> words(@Nullable String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return List.of(fold(keywords).split("\\s+"));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .strip();
    }
}

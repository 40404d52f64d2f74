package fr.guichet.sharing;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.catalog.ProcedureTemplate;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.catalog.TemplateLink;
import fr.guichet.catalog.TemplateSource;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Templates shared by an EPCI with its member communes. The EPCI's administrators (and platform operators) publish a
 * procedure online in the EPCI's catalog as a template: a snapshot kept in the control plane, versioned each time
 * its content changes. The designers of a member commune see the templates of their own EPCI only (found by the
 * commune's parent, never by a list of communes), make procedures from them, and are offered later versions, which
 * they apply as a new draft or dismiss.
 */
@Service
public class SharedTemplates {

    private static final String NOT_PUBLISHED = "Seule une démarche en ligne dans le catalogue de l’intercommunalité "
            + "peut être proposée aux communes membres : publiez-la d’abord depuis son espace agents.";
    private static final String NOT_OFFERED = "Ce modèle n’est pas proposé à votre commune.";

    private final SharedTemplateStore store;
    private final TenantDirectory directory;
    private final Catalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    SharedTemplates(SharedTemplateStore store, TenantDirectory directory, Catalog catalog,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Offers the EPCI's procedure, as it is online now, to the member communes: version 1 of a new template, or the
     * next version of its template. Changes nothing (and returns the latest version) when the content is the same.
     */
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.administers(#epciId))")
    public SharedTemplate publishToMembers(TenantId epciId, UUID procedureId) {
        Tenant epci = epci(epciId);
        Procedure procedure = TenantContext.supplyAs(epci.asCurrent(), () -> catalog.publishedProcedure(procedureId))
                .orElseThrow(() -> new SharingRefused(NOT_PUBLISHED));
        ProcedureVersion online = procedure.published().orElseThrow(() -> new SharingRefused(NOT_PUBLISHED));
        List<String> missing = online.privacy().missing();
        if (!missing.isEmpty()) {
            throw new SharingRefused("Cette démarche ne peut pas être proposée aux communes membres tant que sa "
                    + "mention d’information est incomplète. " + String.join(" ", missing));
        }
        ProcedureTemplate content = new ProcedureTemplate(procedure.slug(), online.description(), online.privacy(),
                online.formJson());
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        try {
            return tx.execute(status -> store.lockBySource(epciId, procedureId)
                    .map(latest -> latest.sameContentAs(content) ? latest : next(latest, online.number(), content, by))
                    .orElseGet(() -> first(epciId, procedureId, online.number(), content, by)));
        } catch (DuplicateKeyException race) {
            throw new SharingRefused("Ce modèle vient d’être proposé par ailleurs. Actualisez la page.");
        }
    }

    /** The EPCI's procedures online now, each with the latest version of its template if it was shared. */
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.administers(#epciId))")
    public List<PublishableProcedure> publishable(TenantId epciId) {
        Tenant epci = epci(epciId);
        List<ProcedureSummary> online = TenantContext.supplyAs(epci.asCurrent(), () -> catalog.published(null));
        Map<UUID, SharedTemplate> shared = store.latestOf(epciId).stream()
                .collect(Collectors.toMap(SharedTemplate::sourceProcedureId, Function.identity()));
        return online.stream().map(summary -> new PublishableProcedure(summary.id(), summary.description().title(),
                summary.version(), shared.get(summary.id()))).toList();
    }

    /** Every template the EPCI shares, latest version each, by title. */
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.administers(#epciId))")
    public List<SharedTemplate> sharedBy(TenantId epciId) {
        return store.latestOf(epciId);
    }

    /** For the current commune's designers: its EPCI's templates, if it belongs to one. */
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<OfferedTemplates> offered() {
        return directory.currentParent().map(epci -> new OfferedTemplates(epci.officialName(),
                store.latestOf(epci.id())));
    }

    /** A new draft in the current commune's catalog from the latest version of one of its EPCI's templates. */
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure instantiate(UUID templateId) {
        SharedTemplate template = offeredTemplate(templateId);
        return catalog.instantiate(template.content(), template.origin());
    }

    /** The current commune's procedures whose template has a version they have neither taken nor dismissed. */
    @PreAuthorize("hasRole('DESIGNER')")
    public Map<UUID, Integer> updatesOffered() {
        List<TemplateLink> links = epciLinks();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> latest = directory.currentParent().map(epci -> store.latestOf(epci.id())).orElse(List.of())
                .stream().collect(Collectors.toMap(SharedTemplate::id, SharedTemplate::version));
        Map<UUID, Integer> offered = new HashMap<>();
        for (TemplateLink link : links) {
            Integer version = latest.get(link.origin().templateId());
            if (version != null && link.isOffered(version)) {
                offered.put(link.procedureId(), version);
            }
        }
        return offered;
    }

    /** Takes the offered template version as the procedure's draft; the published version stays online. */
    @PreAuthorize("hasRole('DESIGNER')")
    public SharedTemplate applyUpdate(UUID procedureId) {
        SharedTemplate update = offeredUpdate(procedureId);
        catalog.applyTemplate(procedureId, update.content(), update.origin());
        return update;
    }

    /** Keeps the procedure as it is: the offered version is no longer offered (a later one will be). */
    @PreAuthorize("hasRole('DESIGNER')")
    public SharedTemplate dismissUpdate(UUID procedureId) {
        SharedTemplate update = offeredUpdate(procedureId);
        catalog.dismissTemplateVersion(procedureId, update.version());
        return update;
    }

    private SharedTemplate offeredUpdate(UUID procedureId) {
        return epciLinks().stream().filter(link -> link.procedureId().equals(procedureId)).findFirst()
                .flatMap(link -> latestFromParent(link.origin().templateId()).filter(t -> link.isOffered(t.version())))
                .orElseThrow(() -> new SharingRefused(
                        "Aucune nouvelle version du modèle n’est proposée pour cette démarche."));
    }

    private SharedTemplate offeredTemplate(UUID templateId) {
        return latestFromParent(templateId).orElseThrow(() -> new SharingRefused(NOT_OFFERED));
    }

    private Optional<SharedTemplate> latestFromParent(UUID templateId) {
        return directory.currentParent().flatMap(epci -> store.latest(templateId, epci.id()));
    }

    private List<TemplateLink> epciLinks() {
        return catalog.templateLinks().stream().filter(link -> link.origin().source() == TemplateSource.EPCI)
                .filter(link -> link.origin().templateId() != null).toList();
    }

    private Tenant epci(TenantId epciId) {
        Tenant tenant = directory.find(epciId).orElseThrow(() -> new SharingRefused("Cette collectivité est introuvable."));
        if (tenant.kind() != TenantKind.EPCI) {
            throw new SharingRefused("Seule une intercommunalité peut proposer des modèles à des communes membres.");
        }
        return tenant;
    }

    /** PostgreSQL keeps microseconds: what is returned is what a later read gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SharedTemplate first(TenantId epciId, UUID procedureId, int sourceVersion, ProcedureTemplate content,
            String by) {
        SharedTemplate first = new SharedTemplate(UUID.randomUUID(), epciId, procedureId, 1, sourceVersion,
                now(), by, content);
        store.insertTemplate(first);
        return first;
    }

    private SharedTemplate next(SharedTemplate latest, int sourceVersion, ProcedureTemplate content, String by) {
        SharedTemplate next = new SharedTemplate(latest.id(), latest.ownerId(), latest.sourceProcedureId(),
                latest.version() + 1, sourceVersion, now(), by, content);
        store.insertLaterVersion(next);
        return next;
    }
}

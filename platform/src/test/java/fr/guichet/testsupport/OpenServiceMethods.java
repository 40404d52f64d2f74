package fr.guichet.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public service methods that carry no {@code @PreAuthorize}, each with why. Everything else on a public
 * {@code @Service} must be guarded ({@code ServiceGuardsTest}), and the views never call an {@link Openness#INTERNAL}
 * method ({@code ViewsCallGuardedServicesTest} in the app module).
 */
public final class OpenServiceMethods {

    /** Why a service method has no role check. */
    public enum Openness {
        /** Anyone may call it, signed in or not: the portal's public pages, host resolution, sign-up. */
        PUBLIC,
        /** It serves the caller's own data only, found from the signed-in identity or a secret token it checks. */
        OWN,
        /** Called by other services after their own guard, by scheduled jobs or at start-up; never by a view. */
        INTERNAL
    }

    private OpenServiceMethods() {
    }

    public static final Map<String, Openness> ALL = Map.ofEntries(
            // The portal's public pages (catalog, branding, legal pages of the commune's host).
            Map.entry("catalog.Catalog.published", Openness.PUBLIC),
            Map.entry("catalog.Catalog.publishedBySlug", Openness.PUBLIC),
            Map.entry("catalog.Catalog.publishedProcedure", Openness.PUBLIC),
            Map.entry("catalog.Catalog.publishedVersion", Openness.PUBLIC),
            Map.entry("catalog.Catalog.version", Openness.INTERNAL),
            Map.entry("search.CatalogSearch.published", Openness.PUBLIC),
            Map.entry("branding.BrandingService.of", Openness.PUBLIC),
            Map.entry("branding.BrandingService.current", Openness.PUBLIC),
            Map.entry("branding.BrandingService.currentLogo", Openness.PUBLIC),
            Map.entry("legal.LegalPages.read", Openness.PUBLIC),
            Map.entry("tenancy.TenantDirectory.current", Openness.PUBLIC),
            Map.entry("tenancy.TenantDirectory.currentParent", Openness.PUBLIC),
            Map.entry("tenancy.TenantDirectory.findBySlug", Openness.INTERNAL),
            Map.entry("tenancy.TenantDirectory.count", Openness.INTERNAL),
            Map.entry("tenancy.TenantDirectory.servedBatch", Openness.INTERNAL),
            Map.entry("tenancy.HostResolution.resolve", Openness.INTERNAL),
            Map.entry("franceconnect.FranceConnectRegistrations.offeredHere", Openness.PUBLIC),
            // Which indexing mode this node was configured with: configuration, no tenant data.
            Map.entry("search.IndexingQueue.outboxMode", Openness.PUBLIC),
            Map.entry("franceconnect.FranceConnectRegistrations.reencryptUnderCurrentKey", Openness.INTERNAL),
            Map.entry("agentproviders.AgentProviders.offeredHere", Openness.PUBLIC),
            Map.entry("agentproviders.AgentProviders.reencryptUnderCurrentKey", Openness.INTERNAL),
            Map.entry("apiparticulier.ApiParticulierAccesses.reencryptUnderCurrentKey", Openness.INTERNAL),
            // API Particulier: whether the signed-in citizen is offered the automatic path, the values held for them
            // (read by the submission in its transaction).
            Map.entry("apiparticulier.ApiParticulierPrefill.offered", Openness.OWN),
            Map.entry("apiparticulier.ApiParticulierPrefill.heldFor", Openness.INTERNAL),
            Map.entry("apiparticulier.ApiParticulierPrefill.keepWithRequest", Openness.INTERNAL),
            // Citizens and guests: sign-up, submission, following their own requests (account or tracking token).
            Map.entry("identity.CitizenAccounts.signUp", Openness.PUBLIC),
            Map.entry("identity.CitizenAccounts.sendNewConfirmationLink", Openness.PUBLIC),
            Map.entry("identity.CitizenAccounts.confirm", Openness.OWN),
            Map.entry("identity.GuestAccess.resolve", Openness.OWN),
            Map.entry("identity.GuestAccess.issue", Openness.INTERNAL),
            Map.entry("identity.AgentInvitations.find", Openness.OWN),
            Map.entry("identity.AgentInvitations.accept", Openness.OWN),
            Map.entry("identity.FranceConnectAccounts.signIn", Openness.INTERNAL),
            Map.entry("identity.ProviderAccounts.signIn", Openness.INTERNAL),
            Map.entry("identity.ProviderAccounts.forgetLinks", Openness.INTERNAL),
            // The second step of an agent's sign-in: the session's own half-done sign-in, which holds no role yet.
            Map.entry("identity.SecondFactorSignIn.pendingStep", Openness.OWN),
            Map.entry("identity.SecondFactorSignIn.verify", Openness.OWN),
            Map.entry("identity.CitizenProfiles.profileOf", Openness.INTERNAL),
            Map.entry("requests.Submissions.submitOnline", Openness.PUBLIC),
            Map.entry("requests.Submissions.currentUploader", Openness.OWN),
            Map.entry("requests.Receipts.forNewRequest", Openness.OWN),
            Map.entry("requests.Tracking.list", Openness.OWN),
            Map.entry("requests.Tracking.find", Openness.OWN),
            Map.entry("requests.Tracking.write", Openness.OWN),
            Map.entry("requests.Tracking.answer", Openness.OWN),
            Map.entry("requests.Tracking.document", Openness.OWN),
            Map.entry("requests.Tracking.withdraw", Openness.OWN),
            Map.entry("notifications.PortalInbox.list", Openness.OWN),
            Map.entry("notifications.PortalInbox.markRead", Openness.OWN),
            Map.entry("notifications.PortalInbox.markAllRead", Openness.OWN),
            Map.entry("notifications.PortalInbox.unreadCount", Openness.OWN),
            // Files: pending uploads belong to the uploader's session; agents' reads go through guarded services.
            Map.entry("attachments.Attachments.upload", Openness.OWN),
            Map.entry("attachments.Attachments.discard", Openness.OWN),
            Map.entry("attachments.Attachments.problems", Openness.PUBLIC),
            Map.entry("attachments.Attachments.maxBytes", Openness.PUBLIC),
            Map.entry("attachments.Attachments.inspect", Openness.PUBLIC),

            Map.entry("attachments.Attachments.release", Openness.INTERNAL),
            Map.entry("attachments.Attachments.bindToRequest", Openness.INTERNAL),
            Map.entry("attachments.Attachments.holdUntil", Openness.INTERNAL),
            Map.entry("attachments.Attachments.deleteExpiredPending", Openness.INTERNAL),
            // The agent's own scope, fail-closed: nothing without a signed-in agent of the tenant.
            Map.entry("teams.AgentScope.ofCurrentAgent", Openness.OWN),
            Map.entry("teams.AgentScope.visibleProcedures", Openness.INTERNAL),
            Map.entry("teams.AgentScope.teamsOf", Openness.INTERNAL),
            Map.entry("teams.TeamDirectory.find", Openness.INTERNAL),
            Map.entry("teams.TeamDirectory.members", Openness.INTERNAL),
            Map.entry("teams.TeamDirectory.processing", Openness.INTERNAL),
            // Start-up, demo data, scheduled jobs and calls between services.
            Map.entry("identity.AgentAccounts.ensureAgent", Openness.INTERNAL),
            Map.entry("identity.AgentAccounts.list", Openness.INTERNAL),
            Map.entry("identity.AgentAccounts.withIds", Openness.INTERNAL),
            Map.entry("identity.AgentAccounts.byEmail", Openness.INTERNAL),
            Map.entry("identity.OperatorAccounts.ensureOperator", Openness.INTERNAL),
            Map.entry("documents.DocumentTemplates.find", Openness.INTERNAL),
            Map.entry("documents.DocumentTemplates.exists", Openness.INTERNAL),
            Map.entry("drafts.Drafts.purgeExpired", Openness.INTERNAL),
            Map.entry("notifications.NotificationOutbox.deliverDue", Openness.INTERNAL),
            Map.entry("notifications.NotificationOutbox.purgeOld", Openness.INTERNAL),
            Map.entry("notifications.Notifications.enqueue", Openness.INTERNAL),
            Map.entry("notifications.Notifications.render", Openness.INTERNAL),
            Map.entry("search.SearchIndexes.reindexAndWait", Openness.INTERNAL),
            Map.entry("search.SearchIndexes.schemaCreated", Openness.INTERNAL),
            Map.entry("search.SearchIndexes.schemaDropped", Openness.INTERNAL));

    /** The methods ({@code feature.Class.method}) of one kind. */
    public static Set<String> of(Openness openness) {
        return ALL.entrySet().stream().filter(e -> e.getValue() == openness).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}

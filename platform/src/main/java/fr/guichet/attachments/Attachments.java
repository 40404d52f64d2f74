package fr.guichet.attachments;

import fr.guichet.tenancy.TenantTransactional;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files joined to requests. A citizen's file is inspected when uploaded (type from the content, size, name) and
 * kept pending for its uploader; the submission claims it and binds it to the new request in its own transaction;
 * agents list and read the files of a request, every read recorded. Pending files nobody claims are deleted after
 * {@link AttachmentsProperties#pendingRetention()}.
 */
@Service
public class Attachments {

    /** Why a claimed file cannot be attached: whatever the cause, nothing is said about other people's files. */
    static final String UNAVAILABLE = "Ce fichier n’est plus disponible : joignez-le à nouveau.";

    private final AttachmentStore store;
    private final AttachmentsProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tenantTransaction;
    private final SecureRandom random = new SecureRandom();

    Attachments(AttachmentStore store, AttachmentsProperties properties, Clock clock, ApplicationEventPublisher events,
            @Qualifier("tenantTransactionManager") PlatformTransactionManager transactions) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.tenantTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Inspects a file joined to a file field and keeps it pending for {@code uploader}. The bytes are read (no
     * further than the limit) before any transaction starts: a slow upload holds no database connection.
     *
     * @param acceptedTypes the field's extensions
     * @param maxBytes the field's limit; the platform's hard limit applies whatever it is
     */
    public UploadOutcome upload(Uploader uploader, List<String> acceptedTypes, long maxBytes, String name,
            InputStream content) throws IOException {
        return inspected(acceptedTypes, maxBytes, name, content, file -> keep(uploader, file));
    }

    /**
     * The same checks as {@link #upload} without keeping anything, for the designers' preview of a form; the
     * reference it answers with attaches nothing.
     */
    public UploadOutcome inspect(List<String> acceptedTypes, long maxBytes, String name, InputStream content)
            throws IOException {
        return inspected(acceptedTypes, maxBytes, name, content, file -> new UploadOutcome.Accepted("apercu",
                file.name(), file.content().length, file.type().toString()));
    }

    private UploadOutcome inspected(List<String> acceptedTypes, long maxBytes, String name, InputStream content,
            Function<Inspection.Passed, UploadOutcome> passed) throws IOException {
        return switch (Inspection.inspect(acceptedTypes, limit(maxBytes), name, content)) {
            case Inspection.Refusal refusal -> new UploadOutcome.Refused(refusal.message());
            case Inspection.Passed file -> passed.apply(file);
        };
    }

    /**
     * What is wrong with the file answers of a submission, by answer key: each must be a file {@code uploader} joined
     * and not yet attached nor expired, with the same name and size. That ties the answer to what was inspected: the
     * stored name's extension tells the truth about the content, and the form's validation checked that extension
     * and that size against the field. The files found are locked until the transaction ends, so that the cleanup
     * cannot delete them before they are bound.
     *
     * @param uploader who submits; without one (no browser session, no account), no file can be claimed
     */
    @TenantTransactional
    public Map<String, String> problems(@Nullable Uploader uploader, List<FileClaim> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        Map<String, AttachmentStore.StoredFile> stored = uploader == null ? Map.of()
                : store.lockPending(uploader, references(claims), oldestKept(), clock.instant()).stream()
                        .collect(Collectors.toMap(AttachmentStore.StoredFile::reference, Function.identity()));
        Map<String, String> problems = new LinkedHashMap<>();
        for (FileClaim claim : claims) {
            AttachmentStore.StoredFile file = stored.get(claim.reference());
            if (file == null || !file.name().equals(claim.name()) || file.size() != claim.size()) {
                problems.put(claim.key(), UNAVAILABLE);
            }
        }
        return problems;
    }

    /**
     * Attaches the claimed files to the request just created (flushed), in the submission's transaction, once
     * {@link #problems} found none.
     */
    @TenantTransactional
    public void bindToRequest(UUID requestId, @Nullable Uploader uploader, List<FileClaim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        List<String> references = references(claims);
        int bound = uploader == null ? 0 : store.bind(requestId, uploader, references, oldestKept(),
                clock.instant());
        if (bound != references.size()) {
            throw new IllegalStateException("Only " + bound + " of " + references.size() + " files could be bound to"
                    + " request " + requestId + ": check them with problems() first");
        }
    }

    /**
     * Keeps the uploader's pending files among {@code references} until {@code until} rather than the usual
     * retention: a draft holds the files its answers name for as long as it lives. A file already expired, someone
     * else's or attached to a request is left alone.
     */
    @TenantTransactional
    public void holdUntil(Uploader uploader, Collection<String> references, Instant until) {
        if (!references.isEmpty()) {
            store.hold(uploader, references, until, oldestKept(), clock.instant());
        }
    }

    /** Ends a draft's hold on these pending files of the uploader: the usual retention applies again. */
    @TenantTransactional
    public void release(Uploader uploader, Collection<String> references) {
        if (!references.isEmpty()) {
            store.release(uploader, references);
        }
    }

    /** Deletes a file its uploader took back before submitting (« Retirer »); nothing if it is not theirs. */
    @TenantTransactional
    public void discard(Uploader uploader, String reference) {
        store.deletePending(uploader, reference);
    }

    /** The files joined to a request, for agents. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public List<AttachmentSummary> ofRequest(UUID requestId) {
        return store.ofRequest(requestId).stream().map(file -> new AttachmentSummary(file.reference(), file.name(),
                file.mediaType(), FileTypes.label(file.mediaType()).orElse("un fichier"), file.size(),
                FileTypes.previewable(file.mediaType()))).toList();
    }

    /**
     * Reads a file joined to a request (download or preview), recording who read it and when with the request's
     * other reads (RGPD accountability).
     *
     * @throws AttachmentNotFound when this request of this commune has no such file
     */
    @TenantTransactional
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public AttachmentContent download(UUID requestId, String reference) {
        AttachmentStore.StoredFile file = store.find(requestId, reference).orElseThrow(AttachmentNotFound::new);
        events.publishEvent(new AttachmentRead(requestId, reference,
                SecurityContextHolder.getContext().getAuthentication().getName(), clock.instant()));
        return new AttachmentContent(file.name(), file.mediaType(), FileTypes.previewable(file.mediaType()),
                store.content(requestId, reference));
    }

    /** Deletes the tenant's pending files older than the retention; how many. For the scheduled cleanup. */
    @TenantTransactional
    public int deleteExpiredPending() {
        return store.deletePendingBefore(oldestKept(), clock.instant());
    }

    private UploadOutcome keep(Uploader uploader, Inspection.Passed file) {
        return tenantTransaction.execute(status -> {
            if (store.pendingCount(uploader, oldestKept()) >= properties.maxPendingPerUploader()) {
                return new UploadOutcome.Refused("Vous avez joint trop de fichiers sans envoyer de demande :"
                        + " envoyez votre demande, ou réessayez demain.");
            }
            String reference = reference();
            store.insert(reference, file, sha256(file.content()), clock.instant(), uploader);
            return new UploadOutcome.Accepted(reference, file.name(), file.content().length, file.type().toString());
        });
    }

    /** The largest file a field of this limit takes: the field's, within the platform's hard limit. */
    public long maxBytes(long fieldMaxBytes) {
        return limit(fieldMaxBytes);
    }

    private long limit(long maxBytes) {
        long hard = properties.maxFileSize().toBytes();
        return maxBytes > 0 ? Math.min(maxBytes, hard) : hard;
    }

    private Instant oldestKept() {
        return clock.instant().minus(properties.pendingRetention());
    }

    private String reference() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> references(Collection<FileClaim> claims) {
        return claims.stream().map(FileClaim::reference).distinct().toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

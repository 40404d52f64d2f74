package fr.guichet.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, UUID> {

    List<IssuedDocument> findByRequestIdOrderByCreatedAt(UUID requestId);

    List<IssuedDocument> findByKindAndSentAtIsNullOrderByCreatedAt(IssuedDocumentSummary.Kind kind);
}

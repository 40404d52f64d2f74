package fr.guichet.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, String> {

    List<DocumentTemplate> findAllByOrderByTitle();
}

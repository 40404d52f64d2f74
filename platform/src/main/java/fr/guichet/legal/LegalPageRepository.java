package fr.guichet.legal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalPageRepository extends JpaRepository<LegalPage, LegalPageKind> {
}

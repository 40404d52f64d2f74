package fr.guichet.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuestPasses extends JpaRepository<GuestPass, String> {
}

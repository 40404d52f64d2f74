/**
 * API Particulier (« dites-le-nous une fois », decision 024): each tenant's access (token encrypted, SIRET sent as
 * recipient) managed by operators, the connector for the quotient familial (CAF / MSA) and the student status called
 * with the citizen's certified civil status after their consent, the audit of every call, and the values held for a
 * submission with their provenance. A failure never blocks a submission: the form asks for the document instead.
 */
@NullMarked
package fr.guichet.apiparticulier;

import org.jspecify.annotations.NullMarked;

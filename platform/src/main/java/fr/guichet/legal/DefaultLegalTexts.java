package fr.guichet.legal;

/** Default texts shown until a commune writes its own; they say plainly what is still to be completed. */
final class DefaultLegalTexts {

    private DefaultLegalTexts() {
    }

    static String of(LegalPageKind kind, String tenantName) {
        return switch (kind) {
            case MENTIONS_LEGALES -> """
                    Ce portail de démarches en ligne est édité par %1$s.

                    Directeur ou directrice de la publication : le maire ou la présidente, le président de %1$s.

                    Hébergement : le portail est hébergé par la plateforme Guichet, en France.

                    Ce texte est le texte par défaut : %1$s doit le compléter (adresse, téléphone, SIREN).
                    """.formatted(tenantName);
            case ACCESSIBILITE -> """
                    %1$s s’engage à rendre ses services en ligne accessibles, conformément à l’article 47 de la loi \
                    n° 2005-102 du 11 février 2005.

                    État de conformité : ce portail vise la conformité au référentiel général d’amélioration de \
                    l’accessibilité (RGAA 4). Un audit est à réaliser pour établir la déclaration d’accessibilité.

                    Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez la mairie pour être \
                    orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.

                    Voie de recours : vous pouvez saisir le Défenseur des droits (defenseurdesdroits.fr).
                    """.formatted(tenantName);
            case DONNEES_PERSONNELLES -> """
                    %1$s traite les données que vous saisissez dans vos démarches pour instruire vos demandes, \
                    dans le cadre de ses missions de service public (article 6-1-e du RGPD).

                    Chaque démarche précise ses finalités, les destinataires des données et leur durée de \
                    conservation.

                    Vous pouvez accéder à vos données, les faire rectifier ou demander leur effacement en \
                    contactant la mairie. Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr).
                    """.formatted(tenantName);
        };
    }
}

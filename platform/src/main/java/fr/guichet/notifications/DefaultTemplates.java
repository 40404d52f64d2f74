package fr.guichet.notifications;

/** The French texts every tenant starts with, until its administrators rewrite them. */
final class DefaultTemplates {

    private static final String CLOSING = """

            Cordialement,
            {{commune}}

            Ce message est envoyé automatiquement ; merci de ne pas y répondre.""";

    private DefaultTemplates() {
    }

    static TemplateText of(TemplateKey key) {
        return switch (key) {
            case REQUEST_RECEIVED -> text("Votre demande {{reference}} a bien été reçue", """
                    Bonjour {{name}},

                    Votre demande « {{procedure}} » a bien été reçue. Elle porte la référence {{reference}} : \
                    rappelez-la dans vos échanges avec nous.

                    Vous pouvez suivre son avancement à tout moment :
                    {{link}}
                    """, "{{commune}} : votre demande {{reference}} a bien été reçue. Suivi : {{link}}");
            case INFORMATION_REQUESTED -> text("Votre demande {{reference}} : un complément est nécessaire", """
                    Bonjour {{name}},

                    Pour instruire votre demande « {{procedure}} » (référence {{reference}}), nous avons besoin \
                    d’un complément :

                    {{message}}

                    Répondez depuis votre espace en ligne :
                    {{link}}
                    """, "{{commune}} : un complément est nécessaire pour votre demande {{reference}}. "
                    + "Répondez sur {{link}}");
            case DECISION_ACCEPTED -> text("Votre demande {{reference}} est acceptée", """
                    Bonjour {{name}},

                    Votre demande « {{procedure}} » (référence {{reference}}) est acceptée.

                    Retrouvez la décision et les prochaines étapes dans votre espace en ligne :
                    {{link}}
                    """, "{{commune}} : votre demande {{reference}} est acceptée. Détails : {{link}}");
            case DECISION_REFUSED -> text("Décision sur votre demande {{reference}}", """
                    Bonjour {{name}},

                    Votre demande « {{procedure}} » (référence {{reference}}) n’a pas pu être acceptée, pour le \
                    motif suivant :

                    {{reason}}

                    La décision et les voies de recours sont détaillées dans votre espace en ligne :
                    {{link}}
                    """, "{{commune}} : une décision a été rendue sur votre demande {{reference}}. Détails : {{link}}");
            case STATUS_CHANGED -> text("Votre demande {{reference}} : {{status}}", """
                    Bonjour {{name}},

                    Votre demande « {{procedure}} » (référence {{reference}}) a un nouveau statut : {{status}}.

                    {{message}}

                    Retrouvez le détail dans votre espace en ligne :
                    {{link}}
                    """, "{{commune}} : votre demande {{reference}} : {{status}}. Détails : {{link}}");
            case TOWN_HALL_MESSAGE -> text("Nouveau message au sujet de votre demande {{reference}}", """
                    Bonjour {{name}},

                    Vous avez reçu un message au sujet de votre demande {{reference}} :

                    {{message}}

                    Pour y répondre, rendez-vous dans votre espace en ligne :
                    {{link}}
                    """, "{{commune}} : nouveau message au sujet de votre demande {{reference}}. Lire : {{link}}");
            case EMAIL_VERIFICATION -> text("Confirmez votre adresse électronique", """
                    Bonjour {{name}},

                    Pour confirmer votre adresse électronique et activer votre espace en ligne, ouvrez ce lien :
                    {{link}}

                    Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.
                    """, "{{commune}} : confirmez votre adresse électronique en ouvrant {{link}}");
            case TRACKING_LINK -> text("Suivi de votre demande {{reference}}", """
                    Bonjour {{name}},

                    Voici le lien pour suivre votre demande « {{procedure}} » (référence {{reference}}) :
                    {{link}}

                    Gardez ce message : ce lien vous ramène à votre demande à tout moment.
                    """, "{{commune}} : suivez votre demande {{reference}} sur {{link}}");
            case ACCOUNT_EXISTS -> text("Votre compte existe déjà", """
                    Bonjour,

                    Quelqu’un vient de demander la création d’un compte avec votre adresse électronique sur le \
                    portail de {{commune}}. Vous avez déjà un compte : connectez-vous ici (et changez votre mot de \
                    passe si vous l’avez oublié) :
                    {{link}}

                    Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien n’a changé.
                    """, "{{commune}} : vous avez déjà un compte. Connexion : {{link}}");
            case AGENT_INVITATION -> text("Votre accès au back-office de {{commune}}", """
                    Bonjour {{name}},

                    Un administrateur de {{commune}} vous a créé un compte d’agent sur le back-office de la commune. \
                    Pour choisir votre mot de passe et activer ce compte, ouvrez ce lien (valable 7 jours, une seule \
                    fois) :
                    {{link}}

                    Si vous ne vous attendiez pas à ce message, ignorez-le : sans mot de passe, le compte reste inutilisable.
                    """, "{{commune}} : activez votre compte d’agent sur {{link}}");
            case TEAM_NOTIFIED -> text("Demande {{reference}} à traiter : {{status}}", """
                    Bonjour {{name}},

                    La demande {{reference}} (« {{procedure}} ») est maintenant « {{status}} » et attend \
                    l’équipe {{team}}.

                    Ouvrez-la dans l’espace agents :
                    {{link}}
                    """, "{{commune}} : la demande {{reference}} attend l’équipe {{team}} ({{status}}). {{link}}");
        };
    }

    private static TemplateText text(String subject, String body, String sms) {
        return new TemplateText(subject, body.stripTrailing() + "\n" + CLOSING, sms);
    }
}

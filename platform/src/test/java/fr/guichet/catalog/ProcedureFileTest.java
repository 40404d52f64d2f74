package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.FormJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureFileTest {

    private static final String FORM = """
            {"formatVersion": 1, "pages": [{"key": "p", "title": "P", "sections": [{"key": "s", "title": "S",
             "fields": [{"key": "f", "type": "short_text", "label": "F", "required": true}]}]}]}""";
    private static final String VALID = """
            {
              "templateVersion": 1,
              "key": "essai",
              "description": {"title": "Essai", "summary": "Résumé.", "category": "VIE_PRATIQUE", "audience": "Tous",
                "documentsToPrepare": "Rien", "processingDays": 5, "team": "Mairie"},
              "privacy": {"purpose": "Essai.", "legalBasis": "CONSENT", "retention": "Un an.", "recipients": "Mairie."},
              "form": %s
            }""".formatted(FORM);

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("not JSON", "{\"templateVersion\": 1 \"key\": \"essai\"}",
                        "(document) : JSON mal formé (ligne 1, colonne 23)"),
                broken("cut short", VALID.substring(0, 40), "(document) : le JSON s’arrête avant sa fin (ligne 3, colonne 15)"),
                broken("content after the object", VALID + " {}", "(document) : JSON mal formé (ligne 9, colonne 3)"),
                broken("not an object", "[1, 2]", "(document) : un objet JSON est attendu"),
                broken("empty", " \n ", "(document) : le fichier est vide"),
                broken("no format version", VALID.replace("\"templateVersion\": 1,", ""),
                        "templateVersion : propriété obligatoire manquante (version du format : 1)"),
                broken("format version as text", change("\"templateVersion\": 1", "\"templateVersion\": \"1\""),
                        "templateVersion : nombre entier attendu (version du format : 1)"),
                broken("unknown property", change("\"key\": \"essai\"", "\"key\": \"essai\", \"auteur\": \"Moi\""),
                        "auteur : propriété inconnue (attendues : description, form, key, privacy, templateVersion, workflow)"),
                broken("no key", change("\"key\": \"essai\",", ""), "key : propriété obligatoire manquante"),
                broken("key as number", change("\"key\": \"essai\"", "\"key\": 12"), "key : texte attendu"),
                broken("key with capitals", change("\"key\": \"essai\"", "\"key\": \"Essai !\""),
                        "key : « Essai ! » n’est pas une clé valide : de 1 à 80 lettres minuscules sans accent, "
                                + "chiffres ou tirets, commençant par une lettre ou un chiffre"),
                broken("description as text", VALID.replaceAll("\"description\": \\{[^}]*}", "\"description\": \"Essai\""),
                        "description : objet attendu"),
                broken("no description", VALID.replaceAll("\"description\": \\{[^}]*},", ""),
                        "description : propriété obligatoire manquante"),
                broken("blank title", change("\"title\": \"Essai\"", "\"title\": \"  \""),
                        "description.title : texte obligatoire, vide ici"),
                broken("title too long", change("\"title\": \"Essai\"", "\"title\": \"" + "a".repeat(151) + "\""),
                        "description.title : texte trop long : 150 caractères au plus, 151 ici"),
                broken("summary as list", change("\"summary\": \"Résumé.\"", "\"summary\": [\"Résumé.\"]"),
                        "description.summary : texte attendu"),
                broken("unknown category", change("\"VIE_PRATIQUE\"", "\"FOO\""),
                        "description.category : « FOO » n’est pas une catégorie connue (ETAT_CIVIL, VOIRIE_PROPRETE, "
                                + "ENFANCE_ECOLE, URBANISME, ASSOCIATIONS, SOCIAL, ELECTIONS, VIE_PRATIQUE)"),
                broken("days as text", change("\"processingDays\": 5", "\"processingDays\": \"dix\""),
                        "description.processingDays : nombre entier de jours attendu"),
                broken("days with decimals", change("\"processingDays\": 5", "\"processingDays\": 2.5"),
                        "description.processingDays : nombre entier de jours attendu"),
                broken("days out of range", change("\"processingDays\": 5", "\"processingDays\": 400"),
                        "description.processingDays : entre 1 et 365 jours, 400 ici"),
                broken("team too long", change("\"team\": \"Mairie\"", "\"team\": \"" + "é".repeat(121) + "\""),
                        "description.team : texte trop long : 120 caractères au plus, 121 ici"),
                broken("unknown description property", change("\"team\"", "\"equipe\""),
                        "description.equipe : propriété inconnue (attendues : audience, category, documentsToPrepare, "
                                + "processingDays, summary, team, title)"),
                broken("no privacy", VALID.replaceAll("\"privacy\": \\{[^}]*},", ""),
                        "privacy : propriété obligatoire manquante"),
                broken("unknown legal basis", change("\"CONSENT\"", "\"RGPD\""),
                        "privacy.legalBasis : « RGPD » n’est pas une base légale connue (PUBLIC_TASK, LEGAL_OBLIGATION, "
                                + "CONSENT, CONTRACT, VITAL_INTERESTS)"),
                broken("purpose as number", change("\"purpose\": \"Essai.\"", "\"purpose\": 3"),
                        "privacy.purpose : texte attendu"),
                broken("retention too long", change("\"retention\": \"Un an.\"", "\"retention\": \"" + "a".repeat(301)
                        + "\""), "privacy.retention : texte trop long : 300 caractères au plus, 301 ici"),
                broken("no form", VALID.replace(",\n  \"form\": " + FORM, ""), "form : propriété obligatoire manquante"),
                broken("form as text", VALID.replace(FORM, "\"formulaire\""), "form : objet attendu"),
                broken("unknown field type", change("\"short_text\"", "\"texte\""),
                        "form.pages[0].sections[0].fields[0].type : type de champ inconnu « texte »"),
                broken("unknown form version", change("\"formatVersion\": 1", "\"formatVersion\": 2"),
                        "form.formatVersion : version 2 non prise en charge (seule la version 1 l’est)"),
                broken("duplicate property", change("\"title\": \"Essai\"", "\"title\": \"Essai\", \"title\": \"Autre\""),
                        "description.title : propriété en double (ligne 4, colonne 44)"),
                broken("duplicate property in the form", change("\"key\": \"f\"", "\"key\": \"f\", \"key\": \"g\""),
                        "form.pages[0].sections[0].fields[0].key : propriété en double (ligne 8, colonne 31)"),
                broken("workflow as text", change("\"form\": ", "\"workflow\": \"standard\", \"form\": "),
                        "workflow : un objet JSON est attendu"),
                broken("workflow state without its labels", withWorkflow("""
                        {"initial": "a", "states": [{"key": "a", "agentLabel": "A", "citizenLabel": 1}],
                         "transitions": [{"key": "t", "label": "T", "from": ["a"], "to": "a", "roles": ["AGENT"],
                         "couleur": "bleu"}]}"""), "workflow.states[0].citizenLabel : texte attendu",
                        "workflow.transitions[0].couleur : propriété inconnue (attendues : commentRequired,"
                                + " commentVisibleToCitizen, from, key, label, roles, to)"),
                broken("workflow that fails its checks", withWorkflow("""
                        {"initial": "a", "states": [{"key": "a", "agentLabel": "A", "citizenLabel": "A"}],
                         "transitions": [{"key": "t", "label": "T", "from": ["a"], "to": "b", "roles": ["AGENT"]}]}"""),
                        "workflow : Aucun état ne clôt la demande : marquez au moins un état comme état de clôture.",
                        "workflow : Action « T » : l’état d’arrivée « b » n’existe pas."));
    }

    private static String withWorkflow(String workflow) {
        return change("\"form\": ", "\"workflow\": " + workflow + ", \"form\": ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedWithItsProblemInFrenchAndItsPath(String what, String json, String... problems) {
        assertProblems(() -> ProcedureFile.read(utf8(json)), problems);
    }

    @Test
    void aFileWithoutWorkflowFollowsTheStandardOneAndAWrittenWorkflowIsReadBack() {
        ProcedureFile file = ProcedureFile.read(utf8(VALID));
        assertThat(file.workflow()).isEqualTo(fr.guichet.workflows.Workflow.standard());
        fr.guichet.workflows.Workflow custom = new fr.guichet.workflows.Workflow("a", java.util.List.of(
                new fr.guichet.workflows.WorkflowState("a", "Reçue", "À traiter", java.util.List.of(), 0, false),
                new fr.guichet.workflows.WorkflowState("b", "Terminée", "Terminée", java.util.List.of(
                        fr.guichet.workflows.StateAction.generateDocument("attestation")), 0, true)),
                java.util.List.of(new fr.guichet.workflows.Transition("finir", "Terminer", java.util.Set.of("a"), "b",
                        java.util.Set.of("AGENT"), false, false)));
        ProcedureFile withCustom = new ProcedureFile(file.key(), file.description(), file.privacy(), file.formJson(),
                custom);
        assertThat(withCustom.toJson()).contains("\"workflow\" : {", "\"kind\" : \"GENERATE_DOCUMENT\"");
        assertThat(ProcedureFile.read(utf8(withCustom.toJson()))).isEqualTo(withCustom);
    }

    @Test
    void aValidFileIsRead() {
        ProcedureFile file = ProcedureFile.read(utf8(VALID));

        assertThat(file.key()).isEqualTo("essai");
        assertThat(file.description()).isEqualTo(new ProcedureDescription("Essai", "Résumé.", Category.VIE_PRATIQUE,
                "Tous", "Rien", 5, "Mairie"));
        assertThat(file.privacy()).isEqualTo(new PrivacyNotice("Essai.", LegalBasis.CONSENT, "Un an.", "Mairie."));
        assertThat(file.formJson()).isEqualTo(FormJson.write(FormJson.read(FORM)));
        assertThat(file.fileName()).isEqualTo("essai.demarche.json");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInDocumentOrder() {
        String json = change("\"key\": \"essai\"", "\"key\": \"essai\", \"auteur\": \"Moi\"")
                .replace("\"title\": \"Essai\", ", "").replace("\"FOO\"", "x").replace("\"VIE_PRATIQUE\"", "\"FOO\"")
                .replace("\"CONSENT\"", "\"RGPD\"").replace("\"short_text\"", "\"texte\"");

        assertThatThrownBy(() -> ProcedureFile.read(utf8(json))).isInstanceOfSatisfying(InvalidProcedureFile.class,
                refused -> assertThat(refused.problems()).containsExactly(
                        "auteur : propriété inconnue (attendues : description, form, key, privacy, templateVersion, workflow)",
                        "description.title : propriété obligatoire manquante",
                        "description.category : « FOO » n’est pas une catégorie connue (ETAT_CIVIL, VOIRIE_PROPRETE, "
                                + "ENFANCE_ECOLE, URBANISME, ASSOCIATIONS, SOCIAL, ELECTIONS, VIE_PRATIQUE)",
                        "privacy.legalBasis : « RGPD » n’est pas une base légale connue (PUBLIC_TASK, LEGAL_OBLIGATION, "
                                + "CONSENT, CONTRACT, VITAL_INTERESTS)",
                        "form.pages[0].sections[0].fields[0].type : type de champ inconnu « texte »"));
    }

    @Test
    void anUnknownFormatVersionIsTheOnlyProblemReported() {
        String json = change("\"templateVersion\": 1", "\"templateVersion\": 2").replace("\"CONSENT\"", "\"RGPD\"");

        assertProblems(() -> ProcedureFile.read(utf8(json)),
                "templateVersion : version 2 non prise en charge (seule la version 1 l’est)");
    }

    @Test
    void aFileLargerThanOneMegabyteIsRefusedBeforeBeingRead() {
        byte[] large = new byte[ProcedureFile.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 0xFF);

        assertProblems(() -> ProcedureFile.read(large),
                "(document) : le fichier dépasse 1 Mo, la taille maximale d’un fichier de démarche");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineAndColumnOfTheFirstUnreadableCharacter() {
        byte[] latin1 = VALID.getBytes(StandardCharsets.ISO_8859_1);

        assertProblems(() -> ProcedureFile.read(latin1), "(document) : le fichier n’est pas encodé en UTF-8 "
                + "(caractère illisible ligne 4, colonne 50) ; enregistrez-le en UTF-8");
    }

    @Test
    void aDeeplyNestedDocumentIsRefused() {
        String json = "{\"form\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertProblems(() -> ProcedureFile.read(utf8(json)),
                "(document) : le JSON est trop imbriqué ou contient une valeur trop longue");
    }

    @Test
    void aTitleThatFitsOnlyOnceStrippedIsRefusedAsItWouldBeStored() {
        String json = change("\"title\": \"Essai\"", "\"title\": \" " + "a".repeat(150) + "\"");

        assertProblems(() -> ProcedureFile.read(utf8(json)),
                "description.title : texte trop long : 150 caractères au plus, 151 ici");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(ProcedureFile.read(utf8("\uFEFF" + VALID)).key()).isEqualTo("essai");
    }

    @Test
    void aDraftMayHaveAnIncompletePrivacyNoticeAndNoOptionalDescription() {
        String json = VALID.replaceAll("\"privacy\": \\{[^}]*}", "\"privacy\": {\"purpose\": \"Essai.\"}")
                .replaceAll("\"audience\": \"Tous\",\\s+\"documentsToPrepare\": \"Rien\", \"processingDays\": 5, "
                        + "\"team\": \"Mairie\"", "\"team\": null");

        ProcedureFile file = ProcedureFile.read(utf8(json));

        assertThat(file.privacy()).isEqualTo(new PrivacyNotice("Essai.", null, null, null));
        assertThat(file.description()).isEqualTo(new ProcedureDescription("Essai", "Résumé.", Category.VIE_PRATIQUE,
                null, null, null, null));
    }

    @Test
    void aWrittenFileIsReadBackAsTheSameProcedure() {
        ProcedureFile file = ProcedureFile.read(utf8(VALID));
        ProcedureFile sparse = new ProcedureFile("2e-essai", new ProcedureDescription("Essai", "Résumé.",
                Category.SOCIAL, null, null, null, null), PrivacyNotice.empty(), file.formJson());

        assertThat(ProcedureFile.read(utf8(file.toJson()))).isEqualTo(file);
        assertThat(ProcedureFile.read(utf8(sparse.toJson()))).isEqualTo(sparse);
        assertThat(sparse.toJson()).startsWith("{\n  \"templateVersion\" : 1,\n  \"key\" : \"2e-essai\",")
                .contains("\"privacy\" : { }").doesNotContain("null").doesNotContain("audience").endsWith("}\n");
    }

    @Test
    void everyTemplateOfTheLibraryIsWrittenAndReadBackUnchanged() {
        for (ProcedureTemplate template : new TemplateLibrary().all()) {
            ProcedureFile file = new ProcedureFile(template.key(), template.description(), template.privacy(),
                    template.formJson());

            assertThat(ProcedureFile.read(utf8(file.toJson()))).as(template.key()).isEqualTo(file);
        }
    }

    private static Arguments broken(String what, String json, String... problems) {
        return Arguments.of(what, json, problems);
    }

    private static String change(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("Not in the valid file: " + from);
        }
        return VALID.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static void assertProblems(ThrowingCallable reading, String... problems) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(InvalidProcedureFile.class,
                refused -> assertThat(refused.problems()).containsExactly(problems));
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormChecks;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.SubmissionValidation;
import fr.guichet.forms.ValidatedSubmission;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

class TemplateLibraryTest {

    private static final TemplateLibrary LIBRARY = new TemplateLibrary();

    static Stream<String> keys() {
        return Stream.of("demande-acte-etat-civil", "signalement-voie-publique", "inscription-scolaire",
                "inscription-periscolaire-cantine", "reservation-salle-municipale", "occupation-domaine-public",
                "subvention-association", "registre-personnes-vulnerables");
    }

    @Test
    void theEightTemplatesLoadSortedByTitle() {
        assertThat(LIBRARY.all()).extracting(ProcedureTemplate::key)
                .containsExactlyInAnyOrderElementsOf(keys().toList());
        List<String> titles = LIBRARY.all().stream().map(t -> t.description().title()).toList();
        assertThat(titles).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
        assertThat(LIBRARY.find("inconnu")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void theFormPassesThePublicationChecks(String key) {
        FormDefinition form = FormJson.read(template(key).formJson());

        assertThat(FormChecks.problems(form)).as(key).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void thePrivacyNoticeAndTheDescriptionAreComplete(String key) {
        ProcedureTemplate template = template(key);

        assertThat(template.privacy().missing()).as(key).isEmpty();
        assertThat(template.description().problems()).as(key).isEmpty();
        assertThat(template.description().audience()).as(key).isNotBlank();
        assertThat(template.description().documentsToPrepare()).as(key).isNotBlank();
        assertThat(template.description().team()).as(key).isNotBlank();
        assertThat(template.description().processingDays()).as(key).isNotNull();
        // the columns of procedure_versions (tenant migration V2)
        assertThat(template.description().audience()).as(key).hasSizeLessThanOrEqualTo(300);
        assertThat(template.description().team()).as(key).hasSizeLessThanOrEqualTo(120);
        assertThat(template.privacy().retention()).as(key).hasSizeLessThanOrEqualTo(300);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void theFormHasAPageARequiredFieldAndPrefillsTheCitizensIdentity(String key) {
        FormDefinition form = FormJson.read(template(key).formJson());

        assertThat(form.pages()).as(key).isNotEmpty();
        assertThat(form.allFields()).as(key).anyMatch(Field::required);
        assertThat(form.allFields()).as(key).extracting(Field::prefill)
                .contains(PrefillSource.LAST_NAME, PrefillSource.FIRST_NAME);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyFormatFieldExplainsItsFormat(String key) {
        FormDefinition form = FormJson.read(template(key).formJson());

        assertThat(form.allFields()).as(key)
                .filteredOn(field -> field.type().needsFormatHelp() || field.type() == FieldType.NUMBER
                        || field.type() == FieldType.FILE || field.type() == FieldType.POSTAL_ADDRESS)
                .allSatisfy(field -> assertThat(field.help()).as(field.key()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void theFormIsStoredAsFormJsonWritesIt(String key) {
        String json = template(key).formJson();

        assertThat(FormJson.write(FormJson.read(json))).isEqualTo(json);
    }

    @Test
    void aBirthCertificateRequestSentByPostIsAcceptedAndTheOtherActsAreLeftOut() {
        FormDefinition form = FormJson.read(template("demande-acte-etat-civil").formJson());
        Map<String, Object> answers = new HashMap<>(Map.of("nom", "Martin", "prenom", "Léa",
                "courriel", "lea.martin@exemple.fr", "qualite", "La personne concernée",
                "type_acte", "Acte de naissance", "forme_document", "Extrait avec filiation", "exemplaires", "2",
                "naissance_nom", "Martin", "naissance_prenoms", "Léa Jeanne", "naissance_date", "1990-07-14"));
        answers.putAll(Map.of("envoi", "Par courrier postal", "adresse_envoi", "12 rue de la Mairie\n74000 Annecy",
                "certification", true, "mariage_date", "2015-06-20"));

        ValidatedSubmission submission = SubmissionValidation.validate(form, answers);

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.ignoredKeys()).containsExactly("mariage_date");
        assertThat(submission.answers()).doesNotContainKeys("courriel_envoi", "justificatif_mandat");
    }

    @Test
    void theRegisterOfVulnerablePeopleIsAPublicTaskKeptUntilRemovalIsAsked() {
        PrivacyNotice privacy = template("registre-personnes-vulnerables").privacy();

        assertThat(privacy.legalBasis()).isEqualTo(LegalBasis.PUBLIC_TASK);
        assertThat(privacy.retention()).startsWith("Jusqu’à la demande de radiation");
        assertThat(privacy.purpose()).contains("L121-6-1", "R121-2");
    }

    @Test
    void aMalformedFormFailsWithTheFileNameAndThePathOfTheProblem() {
        Resource broken = resource("cassé.json", envelope("""
                {"formatVersion": 1, "pages": [{"key": "p", "title": "P", "sections": [{"key": "s", "title": "S",
                 "fields": [{"key": "f", "type": "texte", "label": "F"}]}]}]}"""));

        assertThatThrownBy(() -> TemplateLibrary.read(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cassé.json").hasMessageContaining("pages[0].sections[0].fields[0].type");
    }

    @Test
    void malformedEnvelopesFailWithTheFileNameAndWhatIsWrong() {
        assertThatThrownBy(() -> TemplateLibrary.read(resource("a.json", "{\"templateVersion\": 1,")))
                .hasMessageContaining("a.json").hasMessageContaining("(document) : le JSON s’arrête avant sa fin");
        assertThatThrownBy(() -> TemplateLibrary.read(resource("b.json",
                envelope(MINIMAL_FORM).replace("\"templateVersion\": 1", "\"templateVersion\": 2"))))
                .hasMessageContaining("b.json").hasMessageContaining("templateVersion : version 2 non prise en charge");
        assertThatThrownBy(() -> TemplateLibrary.read(resource("c.json",
                envelope(MINIMAL_FORM).replace("\"VIE_PRATIQUE\"", "\"LOISIRS\""))))
                .hasMessageContaining("c.json")
                .hasMessageContaining("description.category : « LOISIRS » n’est pas une catégorie connue");
        assertThatThrownBy(() -> TemplateLibrary.read(resource("d.json",
                envelope(MINIMAL_FORM).replace("\"purpose\"", "\"finalite\""))))
                .hasMessageContaining("d.json").hasMessageContaining("privacy.finalite : propriété inconnue");
        assertThatThrownBy(() -> TemplateLibrary.read(resource("e.json",
                envelope(MINIMAL_FORM).replace("\"retention\": \"Un an.\"", "\"retention\": \" \""))))
                .hasMessageContaining("e.json").hasMessageContaining("privacy : Mention d’information : indiquez la "
                        + "durée de conservation");
        assertThatThrownBy(() -> TemplateLibrary.read(resource("f.json",
                envelope(MINIMAL_FORM).replace("\"key\": \"essai\"", "\"key\": \"Essai !\""))))
                .hasMessageContaining("f.json").hasMessageContaining("key : « Essai ! » n’est pas une clé valide");
    }

    @Test
    void aKeyUsedTwiceFailsNamingBothFiles() {
        assertThatThrownBy(() -> TemplateLibrary.load(List.of(resource("un.json", envelope(MINIMAL_FORM)),
                resource("deux.json", envelope(MINIMAL_FORM)))))
                .hasMessageContaining("deux.json").hasMessageContaining("un.json").hasMessageContaining("essai");
    }

    @Test
    void aWellFormedEnvelopeIsRead() {
        ProcedureTemplate template = TemplateLibrary.read(resource("essai.json", envelope(MINIMAL_FORM)));

        assertThat(template.key()).isEqualTo("essai");
        assertThat(template.description().category()).isEqualTo(Category.VIE_PRATIQUE);
        assertThat(template.description().processingDays()).isEqualTo(5);
        assertThat(template.privacy().legalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(template.formJson()).isEqualTo(FormJson.write(FormJson.read(MINIMAL_FORM)));
    }

    private static final String MINIMAL_FORM = """
            {"formatVersion": 1, "pages": [{"key": "p", "title": "P", "sections": [{"key": "s", "title": "S",
             "fields": [{"key": "f", "type": "short_text", "label": "F", "required": true}]}]}]}""";

    private static String envelope(String form) {
        return """
                {"templateVersion": 1, "key": "essai",
                 "description": {"title": "Essai", "summary": "Résumé.", "category": "VIE_PRATIQUE", "processingDays": 5},
                 "privacy": {"purpose": "Essai.", "legalBasis": "CONSENT", "retention": "Un an.", "recipients": "Mairie."},
                 "form": %s}""".formatted(form);
    }

    private static Resource resource(String fileName, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "test template") {
            @Override
            public @Nullable String getFilename() {
                return fileName;
            }
        };
    }

    private static ProcedureTemplate template(String key) {
        return LIBRARY.find(key).orElseThrow(() -> new AssertionError("no template " + key));
    }
}

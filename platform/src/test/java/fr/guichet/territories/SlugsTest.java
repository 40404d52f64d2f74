package fr.guichet.territories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugifyStripsAccentsAndLowerCases() {
        assertThat(Slugs.slugify("Saint-Étienne-du-Rouvray")).isEqualTo("saint-etienne-du-rouvray");
    }

    @Test
    void slugifyTurnsApostrophesIntoHyphens() {
        assertThat(Slugs.slugify("L'Abergement-Clémenciat")).isEqualTo("l-abergement-clemenciat");
    }

    @Test
    void slugifyExpandsLigatures() {
        assertThat(Slugs.slugify("Œuilly")).isEqualTo("oeuilly");
        assertThat(Slugs.slugify("Pœuilly")).isEqualTo("poeuilly");
        assertThat(Slugs.slugify("Lætitia")).isEqualTo("laetitia");
    }

    @Test
    void slugifyCollapsesRunsOfSeparatorsAndTrimsThem() {
        assertThat(Slugs.slugify("  CA \"Saintes - Grandes Rives - L'Agglo\" ")).isEqualTo("ca-saintes-grandes-rives-l-agglo");
        assertThat(Slugs.slugify("Îles Saint-Paul et Nouvelle-Amsterdam")).isEqualTo("iles-saint-paul-et-nouvelle-amsterdam");
    }

    @Test
    void slugifyCutsLongNamesAtAHyphenBoundaryWithinFiftyCharacters() {
        String slug = Slugs.slugify("CC des Albères, de la Côte Vermeille et de l'Illibéris");

        assertThat(slug).isEqualTo("cc-des-alberes-de-la-cote-vermeille-et-de-l");
        assertThat(slug.length()).isLessThanOrEqualTo(50);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void slugifyCutsAWordWithoutHyphenAtFiftyCharacters() {
        String slug = Slugs.slugify("a".repeat(60));

        assertThat(slug).hasSize(50);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void slugifyReturnsEmptyForNamesWithoutLettersOrDigits() {
        assertThat(Slugs.slugify(" - ' ")).isEmpty();
    }

    @Test
    void everyOfficialCommuneAndEpciNameGivesAValidSlug() {
        TerritoryData data = TerritoryLoader.load();

        assertThat(data.communesByInsee().values())
                .allSatisfy(c -> assertThat(Slugs.isValid(Slugs.slugify(c.name()))).as(c.name()).isTrue());
        assertThat(data.epcisBySiren().values())
                .allSatisfy(e -> assertThat(Slugs.isValid(Slugs.slugify(e.name()))).as(e.name()).isTrue());
    }

    @Test
    void isValidAcceptsWellFormedSlugs() {
        assertThat(Slugs.isValid("annecy")).isTrue();
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("saint-etienne-du-rouvray")).isTrue();
        assertThat(Slugs.isValid("a".repeat(50))).isTrue();
    }

    @Test
    void isValidRejectsMalformedSlugs() {
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("-annecy")).isFalse();
        assertThat(Slugs.isValid("annecy-")).isFalse();
        assertThat(Slugs.isValid("saint--etienne")).isFalse();
        assertThat(Slugs.isValid("Annecy")).isFalse();
        assertThat(Slugs.isValid("saint étienne")).isFalse();
        assertThat(Slugs.isValid("a".repeat(51))).isFalse();
    }
}

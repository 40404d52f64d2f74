package fr.guichet.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * French analysis of requests' text: « l’éclairage » and « Eclairage » give the same term, « lampadaires » and
 * « lampadaire » too. Elision (Lucene's French articles, ' and ’) comes before lower-casing and folding (it compares
 * the articles case-insensitively), light stemming last (it expects lower-case input; folded accents are fine for
 * it). The same analyzers, by the same names, for both backends: Lucene's factories embedded, or the equivalent
 * filters of Elasticsearch/OpenSearch (which run the same Lucene classes).
 */
final class FrenchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** Text in French: elision, lower case, accents folded, light stemming. */
    static final String FRENCH = "french";
    /** Identifiers and keywords: the whole value, lower case, accents folded. */
    static final String FOLDED = "folded";
    /** Lucene's French articles ({@code FrenchAnalyzer.DEFAULT_ARTICLES}, the default of its elision factory). */
    private static final String[] ARTICLES = {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
        "lorsqu", "puisqu"};
    private static final String ELISION = "french_elision";
    private static final String LIGHT_STEM = "french_light_stem";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.normalizer(FOLDED).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ELISION).type("elision")
                .param("articles", ARTICLES)
                .param("articles_case", true);
        context.tokenFilter(LIGHT_STEM).type("stemmer")
                .param("language", "light_french");
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilters(ELISION, "lowercase", "asciifolding", LIGHT_STEM);
        context.normalizer(FOLDED).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}

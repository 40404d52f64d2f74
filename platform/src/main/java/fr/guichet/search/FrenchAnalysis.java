package fr.guichet.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * French analysis of requests' text: « l’éclairage » and « Eclairage » give the same term, « lampadaires » and
 * « lampadaire » too. Elision (Lucene's French articles, ' and ’) comes before lower-casing and folding (it compares the articles case-insensitively), light
 * stemming last (it expects lower-case input; folded accents are fine for it).
 */
final class FrenchAnalysis implements LuceneAnalysisConfigurer {

    /** Text in French: elision, lower case, accents folded, light stemming. */
    static final String FRENCH = "french";
    /** Identifiers and keywords: the whole value, lower case, accents folded. */
    static final String FOLDED = "folded";

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
}

package fr.guichet.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Index and alias names on Elasticsearch/OpenSearch: Hibernate Search's usual layout (an index
 * {@code requests-000001} reached through the aliases {@code requests-write} and {@code requests-read}) with a
 * configured prefix in front, so that several environments (or applications) can share one cluster.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private final String prefix;
    private final Pattern primaryName;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
        this.primaryName = Pattern.compile(Pattern.quote(prefix) + "(.+)-\\d{6}");
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher matcher = primaryName.matcher(elasticsearchIndexName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Index " + elasticsearchIndexName + " is not named " + prefix
                    + "<name>-NNNNNN: it does not belong to this application");
        }
        return matcher.group(1);
    }
}

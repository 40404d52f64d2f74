package fr.guichet.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.jspecify.annotations.Nullable;

/**
 * The predicate of a search: the words (simple query syntax, which never fails on odd input; no wildcards, no fuzzy
 * matching, so nothing runs away), the agent's visible procedures and the ticked facet values. Facet values are
 * compared as indexed strings: an unknown one matches nothing instead of failing a conversion.
 */
final class SearchPredicates {

    static final Set<SimpleQueryFlag> FLAGS = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

    private final QueryText text;
    private final ProcedureScope scope;
    private final Map<Facet, Set<String>> filters;
    private final Periods periods;

    SearchPredicates(QueryText text, ProcedureScope scope, Map<Facet, Set<String>> filters, Periods periods) {
        this.text = text;
        this.scope = scope;
        this.filters = filters;
        this.periods = periods;
    }

    /** Everything, or everything but the filter of {@code except} (to count that facet's other values). */
    PredicateFinalStep build(SearchPredicateFactory f, @Nullable Facet except) {
        var bool = f.bool();
        if (text.isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.or(
                    f.simpleQueryString().field(RequestMapping.PROCEDURE_TITLE).boost(2f)
                            .field(RequestMapping.CITIZEN).boost(2f)
                            .fields(RequestMapping.EMAIL, RequestMapping.ANSWERS, RequestMapping.MESSAGES,
                                    RequestMapping.NOTES)
                            .matching(text.words()).defaultOperator(BooleanOperator.AND).flags(FLAGS),
                    f.match().field(RequestMapping.REFERENCE).matching(text.words()).boost(10f)));
        }
        bool.filter(visibleOnly(f));
        filters.forEach((facet, values) -> {
            if (facet != except) {
                bool.filter(facetFilter(f, facet, values));
            }
        });
        return bool;
    }

    Periods periods() {
        return periods;
    }

    /** The requests of the procedures the agent may see. */
    SearchPredicate visibleOnly(SearchPredicateFactory f) {
        return scope.all() ? f.matchAll().toPredicate()
                : f.terms().field(RequestMapping.PROCEDURE).matchingAny(scope.procedures()).toPredicate();
    }

    private SearchPredicate facetFilter(SearchPredicateFactory f, Facet facet, Set<String> values) {
        if (facet == Facet.PERIOD) {
            var any = f.or();
            values.forEach(key -> periods.range(key).ifPresent(range ->
                    any.add(f.range().field(RequestMapping.SUBMITTED).within(range))));
            return values.stream().anyMatch(key -> periods.range(key).isPresent()) ? any.toPredicate()
                    : f.matchNone().toPredicate();
        }
        return f.terms().field(field(facet)).matchingAny(values, ValueModel.INDEX).toPredicate();
    }

    static String field(Facet facet) {
        return switch (facet) {
            case PROCEDURE -> RequestMapping.PROCEDURE;
            case STATUS -> RequestMapping.STATUS;
            case CHANNEL -> RequestMapping.CHANNEL;
            case ASSIGNEE -> RequestMapping.ASSIGNEE;
            case PERIOD -> RequestMapping.SUBMITTED;
        };
    }
}

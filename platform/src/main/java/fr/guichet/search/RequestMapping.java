package fr.guichet.search;

import static org.hibernate.search.engine.backend.types.Aggregable.YES;

import fr.guichet.requests.Request;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How a request becomes an index document. Programmatic rather than annotations on {@link Request}, so that the
 * requests feature does not depend on this one (search reads requests, never the other way round).
 */
final class RequestMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "requests";
    static final String REFERENCE = "reference";
    static final String PROCEDURE = "procedure";
    static final String PROCEDURE_TITLE = "procedureTitle";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String SUBMITTED = "submittedAt";
    static final String UPDATED = "updatedAt";
    static final String CITIZEN = "citizen";
    static final String EMAIL = "email";
    static final String ANSWERS = "answers";
    static final String MESSAGES = "messages";
    static final String NOTES = "notes";
    static final String ASSIGNEE = "assignee";
    /** What an unassigned request's assignee is indexed as, so that « non assignée » is a facet value too. */
    static final String UNASSIGNED = "-";
    /** The fields a query's words are looked for in. */
    static final List<String> TEXT_FIELDS = List.of(PROCEDURE_TITLE, CITIZEN, EMAIL, ANSWERS, MESSAGES, NOTES);
    static final List<Highlightable> HIGHLIGHTABLE = List.of(Highlightable.PLAIN, Highlightable.UNIFIED);

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep request = context.programmaticMapping().type(Request.class);
        request.indexed().index(INDEX);
        request.property("reference").keywordField(REFERENCE).normalizer(FrenchAnalysis.FOLDED)
                .projectable(Projectable.YES).sortable(Sortable.YES);
        request.property("procedureId").keywordField(PROCEDURE).aggregable(YES).projectable(Projectable.YES);
        request.property("procedureTitle").fullTextField(PROCEDURE_TITLE).analyzer(FrenchAnalysis.FRENCH)
                .projectable(Projectable.YES).highlightable(HIGHLIGHTABLE);
        request.property("status").keywordField(STATUS).aggregable(YES).projectable(Projectable.YES);
        request.property("channel").keywordField(CHANNEL).aggregable(YES).projectable(Projectable.YES);
        request.property("submittedAt").genericField(SUBMITTED).aggregable(YES).sortable(Sortable.YES)
                .projectable(Projectable.YES);
        request.property("updatedAt").genericField(UPDATED).sortable(Sortable.YES);
        request.property("contactName").fullTextField(CITIZEN).analyzer(FrenchAnalysis.FRENCH)
                .projectable(Projectable.YES).highlightable(HIGHLIGHTABLE);
        request.property("contactEmail").fullTextField(EMAIL).analyzer(FrenchAnalysis.FRENCH)
                .projectable(Projectable.YES).highlightable(HIGHLIGHTABLE);
        request.property("answersJson").fullTextField(ANSWERS).valueBridge(new AnswersText())
                .analyzer(FrenchAnalysis.FRENCH).projectable(Projectable.YES).highlightable(HIGHLIGHTABLE);
        request.property("events").binder(new TimelineText());
        request.property("assignee").keywordField(ASSIGNEE).indexNullAs(UNASSIGNED).aggregable(YES)
                .projectable(Projectable.YES);
    }
}

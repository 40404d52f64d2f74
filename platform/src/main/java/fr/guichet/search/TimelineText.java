package fr.guichet.search;

import fr.guichet.requests.EventKind;
import fr.guichet.requests.RequestEvent;
import java.util.List;
import java.util.StringJoiner;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * The words of a request's timeline: messages and comments the citizen sees in one field, agents' internal notes
 * (and comments kept from the citizen) in another (only agents search, but a result says which one matched). Timeline entries are never changed, only
 * appended, so the collection itself is the only dependency.
 */
final class TimelineText implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var text = context.typeFactory().asString().analyzer(FrenchAnalysis.FRENCH).projectable(Projectable.YES)
                .highlightable(RequestMapping.HIGHLIGHTABLE);
        IndexFieldReference<String> messages = context.indexSchemaElement()
                .field(RequestMapping.MESSAGES, text).toReference();
        IndexFieldReference<String> notes = context.indexSchemaElement()
                .field(RequestMapping.NOTES, text).toReference();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<List<RequestEvent>> type = (Class) List.class;
        context.bridge(type, new Bridge(messages, notes));
    }

    private record Bridge(IndexFieldReference<String> messages, IndexFieldReference<String> notes)
            implements PropertyBridge<List<RequestEvent>> {

        @Override
        public void write(DocumentElement target, List<RequestEvent> events, PropertyBridgeWriteContext context) {
            StringJoiner exchanged = new StringJoiner("\n");
            StringJoiner internal = new StringJoiner("\n");
            for (RequestEvent event : events) {
                String text = event.text();
                if (text == null || text.isBlank()) {
                    continue;
                }
                if (event.kind() == EventKind.ASSIGNED) {
                    continue;
                }
                if (event.visibleToCitizen()) {
                    exchanged.add(text);
                } else {
                    internal.add(text);
                }
            }
            target.addValue(messages, exchanged.toString());
            target.addValue(notes, internal.toString());
        }
    }
}

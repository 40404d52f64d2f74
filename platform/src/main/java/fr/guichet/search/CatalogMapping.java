package fr.guichet.search;

import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureStatus;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.forms.Field;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.InvalidFormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * How a procedure of the portal's catalog becomes an index document (index {@code procedures}, tenant as
 * discriminator like requests): the words of its published version — title, summary, category, audience, documents
 * to prepare, and the form's titles, questions and choices (« poubelle » is a choice of the street report) — with the
 * French analysis. A procedure with no published version, or closed, is indexed as offline and never found.
 * Every change of the catalog sets the procedure's {@code updatedAt} (publication, closing, edits), which is what
 * triggers reindexing.
 */
final class CatalogMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "procedures";
    static final String ONLINE = "online";
    static final String CATEGORY = "category";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String DETAILS = "details";
    static final String FORM = "form";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var procedure = context.programmaticMapping().type(Procedure.class);
        procedure.indexed().index(INDEX);
        procedure.binder(new Binder());
    }

    private static final class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("status").use("updatedAt");
            var schema = context.indexSchemaElement();
            var french = context.typeFactory().asString().analyzer(FrenchAnalysis.FRENCH);
            context.bridge(Procedure.class, new Bridge(
                    schema.field(ONLINE, context.typeFactory().asBoolean()).toReference(),
                    schema.field(CATEGORY, context.typeFactory().asString()).toReference(),
                    schema.field(TITLE, french).toReference(),
                    schema.field(SUMMARY, french).toReference(),
                    schema.field(DETAILS, french).toReference(),
                    schema.field(FORM, french).toReference()));
        }
    }

    private record Bridge(IndexFieldReference<Boolean> online, IndexFieldReference<String> category,
            IndexFieldReference<String> title, IndexFieldReference<String> summary,
            IndexFieldReference<String> details, IndexFieldReference<String> form) implements TypeBridge<Procedure> {

        @Override
        public void write(DocumentElement target, Procedure procedure, TypeBridgeWriteContext context) {
            Optional<ProcedureVersion> published = procedure.status() == ProcedureStatus.PUBLISHED
                    ? procedure.published() : Optional.empty();
            target.addValue(online, published.isPresent());
            published.ifPresent(version -> {
                ProcedureDescription description = version.description();
                target.addValue(category, description.category().name());
                target.addValue(title, description.title());
                target.addValue(summary, description.summary() + "\n" + description.category().label());
                target.addValue(details, join(description.audience(), description.documentsToPrepare(),
                        description.team()));
                target.addValue(form, formText(version.formJson()));
            });
        }

        private static String formText(String json) {
            FormDefinition definition;
            try {
                definition = FormJson.read(json);
            } catch (InvalidFormDefinition malformed) {
                return "";
            }
            StringJoiner text = new StringJoiner("\n");
            for (Page page : definition.pages()) {
                text.add(page.title());
                for (Section section : page.sections()) {
                    text.add(section.title());
                    fields(section.fields(), text);
                }
            }
            return text.toString();
        }

        private static void fields(List<Field> fields, StringJoiner text) {
            for (Field field : fields) {
                text.add(field.label());
                if (field.help() != null) {
                    text.add(field.help());
                }
                field.options().forEach(text::add);
                fields(field.children(), text);
            }
        }

        private static String join(@Nullable String... parts) {
            StringJoiner text = new StringJoiner("\n");
            for (String part : parts) {
                if (part != null) {
                    text.add(part);
                }
            }
            return text.toString();
        }
    }
}

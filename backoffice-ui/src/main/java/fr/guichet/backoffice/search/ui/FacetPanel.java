package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fr.guichet.search.Facet;
import fr.guichet.search.FacetValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Facets as groups of labelled checkboxes (« Reçue, à instruire (12) »): ticking or unticking one reloads the
 * results. A facet with no value in the results is left out.
 */
class FacetPanel extends Div {

    FacetPanel(Map<Facet, List<FacetValue>> facets, BiConsumer<Facet, Set<String>> changed) {
        addClassName("search-facets");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "search-facets-heading");
        H2 heading = new H2(getTranslation("backoffice.search.facets"));
        heading.setId("search-facets-heading");
        add(heading);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = facets.getOrDefault(facet, List.of());
            if (values.isEmpty()) {
                continue;
            }
            CheckboxGroup<FacetValue> group = new CheckboxGroup<>(
                    getTranslation("backoffice.search.facet." + facet.name()));
            group.addClassName("search-facet");
            group.setItems(values);
            group.setItemLabelGenerator(value -> getTranslation("backoffice.search.facet.value", value.label(),
                    value.count()));
            group.setValue(values.stream().filter(FacetValue::selected).collect(Collectors.toSet()));
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.accept(facet, change.getValue().stream().map(FacetValue::key)
                            .collect(Collectors.toSet()));
                }
            });
            add(group);
        }
    }
}

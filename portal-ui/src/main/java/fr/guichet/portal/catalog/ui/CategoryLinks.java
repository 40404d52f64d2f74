package fr.guichet.portal.catalog.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.catalog.Category;
import org.jspecify.annotations.Nullable;

/** The catalog's categories as plain links (keyboard and screen-reader friendly), the current one marked. */
class CategoryLinks extends Nav {

    private final UnorderedList list = new UnorderedList();

    CategoryLinks() {
        addClassName("category-links");
        getElement().setAttribute("aria-label", getTranslation("portal.catalog.categories"));
        add(list);
    }

    void show(@Nullable Category current) {
        list.removeAll();
        list.add(item(getTranslation("portal.catalog.all"), null, current == null));
        for (Category category : Category.values()) {
            list.add(item(category.label(), category, category == current));
        }
    }

    private ListItem item(String text, @Nullable Category category, boolean current) {
        RouterLink link = new RouterLink(text, CatalogView.class);
        link.setQueryParameters(category == null ? QueryParameters.empty()
                : QueryParameters.of(CatalogView.CATEGORY_PARAMETER, category.name().toLowerCase(java.util.Locale.ROOT)));
        if (current) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return new ListItem(link);
    }
}

package fr.guichet.sharing;

import java.util.List;

/** The templates a commune's EPCI offers it (latest version of each), with the EPCI's name to label them. */
public record OfferedTemplates(String epciName, List<SharedTemplate> templates) {

    public OfferedTemplates {
        templates = List.copyOf(templates);
    }
}

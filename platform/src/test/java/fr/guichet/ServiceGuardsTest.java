package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import fr.guichet.testsupport.OpenServiceMethods;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Roles are enforced in the services: every public method of a public service either carries {@code @PreAuthorize}
 * (on the method or its class), or is listed in {@link OpenServiceMethods} as open on purpose, with the reason. A method added without a
 * guard fails here until someone decides who may call it.
 */
class ServiceGuardsTest {

    @Test
    void everyPublicServiceMethodIsGuardedOrOpenOnPurpose() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unguarded = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.guichet")) {
            Class<?> service = Class.forName(candidate.getBeanClassName());
            if (!Modifier.isPublic(service.getModifiers())) {
                continue;
            }
            boolean classGuarded = service.isAnnotationPresent(PreAuthorize.class);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                String name = service.getName().substring("fr.guichet.".length()) + "." + method.getName();
                seen.add(name);
                if (!classGuarded && !method.isAnnotationPresent(PreAuthorize.class)
                        && !OpenServiceMethods.ALL.containsKey(name)) {
                    unguarded.add(name);
                }
            }
        }
        assertThat(unguarded).as("public service methods without @PreAuthorize nor a reason to be open").isEmpty();
        assertThat(seen).as("every method listed as open still exists").containsAll(OpenServiceMethods.ALL.keySet());
    }
}

package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.guichet.testsupport.OpenServiceMethods;
import fr.guichet.testsupport.OpenServiceMethods.Openness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three user interfaces call services whose role checks apply to them: a guarded method, or one that is public or
 * serves the caller's own data. A method left open because only other services, jobs or start-up call it
 * ({@link Openness#INTERNAL}) is never called from a view, so no screen can reach data around a role check.
 */
class ViewsCallGuardedServicesTest {

    private static final List<String> VIEW_PACKAGES = List.of("fr.guichet.portal.", "fr.guichet.backoffice.",
            "fr.guichet.admin.");

    @Test
    void noViewCallsAServiceMethodLeftOpenForInternalUse() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.guichet");
        Set<String> internal = OpenServiceMethods.of(Openness.INTERNAL);
        List<String> calls = classes.stream()
                .filter(type -> VIEW_PACKAGES.stream().anyMatch(type.getName()::startsWith))
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(call -> internal.contains(key(call)))
                .map(call -> call.getOriginOwner().getSimpleName() + " → " + key(call))
                .distinct().toList();
        assertThat(calls).as("views calling service methods meant for other services only").isEmpty();
        assertThat(classes.stream().filter(type -> type.getName().startsWith("fr.guichet.backoffice.")).count())
                .as("the views were imported").isPositive();
    }

    private static String key(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        return (owner.startsWith("fr.guichet.") ? owner.substring("fr.guichet.".length()) : owner) + "."
                + call.getName();
    }
}

package fr.guichet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature packages keep to their APIs and never form cycles; the module diagram in docs/ is kept current. */
class ModularityTests {

    /** Tests may cross modules (an isolation test uses several features): only production code is verified. */
    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
            type -> type.getSource().map(source -> source.getUri().toString())
                    .filter(uri -> uri.contains("/test-classes/") || uri.contains("-tests.jar")).isPresent());

    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class, TEST_CODE);

    @Test
    void featureModulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

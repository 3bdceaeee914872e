package org.hutong;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map of DESIGN.md holds: no cycles, no reaching into another module's internals. */
class ModularityTests {

	/** Production code only: test classes share packages with modules but are no part of them. */
	static final ApplicationModules MODULES = ApplicationModules.of(HutongApplication.class,
			new DescribedPredicate<JavaClass>("test classes") {
				@Override
				public boolean test(JavaClass type) {
					return type.getSource().map(source -> source.getUri().toString().contains("test-classes")).orElse(false);
				}
			});

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, System.getProperty("hutong.build.dir", "target") + "/modules")
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}

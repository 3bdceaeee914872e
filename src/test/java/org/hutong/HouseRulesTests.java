package org.hutong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** STYLE.md's house rules, checked on every build. */
class HouseRulesTests {

	/** Production classes only, whatever the build directory is called. */
	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(location -> !location.contains("/test-classes/"))
		.importPackages("org.hutong");

	@Test
	void packagesAreByModuleAndFeatureNeverByLayer() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..service..", "..dao..", "..mapper..", "..vo..", "..dto..",
					"..repository..", "..entity..", "..impl..")
			.check(MAIN);
	}

	@Test
	void noBannedNameSuffixes() {
		noClasses().should()
			.haveSimpleNameEndingWith("DTO")
			.orShould().haveSimpleNameEndingWith("VO")
			.orShould().haveSimpleNameEndingWith("BO")
			.orShould().haveSimpleNameEndingWith("DO")
			.orShould().haveSimpleNameEndingWith("Impl")
			.orShould().haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils")
			.orShould().haveSimpleNameEndingWith("Helper")
			.check(MAIN);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).allowEmptyShould(true).check(MAIN);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(MAIN);
	}
}

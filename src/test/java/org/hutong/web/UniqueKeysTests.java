package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The translator from a violated unique key to a field message, without a database. */
class UniqueKeysTests {

	record Form(String name, String code) {
	}

	private final UniqueKeys keys = new UniqueKeys(List.of(new UniqueKey("uk_thing_live_name", "name", "thing.taken"),
			new UniqueKey("uk_thing_live_name_code", "code", "thing.code.taken")));

	@Test
	void recognisesAKeyByItsNameInEitherDatabasesMessage() {
		assertThat(keys.violated(violation("duplicate key value violates unique constraint \"uk_thing_live_name\"")))
			.hasValueSatisfying(key -> assertThat(key.field()).isEqualTo("name"));
		assertThat(keys.violated(violation("Unique index or primary key violation: \"PUBLIC.UK_THING_LIVE_NAME_CODE ON"
				+ " PUBLIC.THING(TENANT_ID, CODE)\"")))
			.hasValueSatisfying(key -> assertThat(key.field()).as("the longer name, not its prefix").isEqualTo("code"));
		assertThat(keys.violated(violation("null value in column \"name\" violates not-null constraint"))).isEmpty();
		assertThat(keys.violated(new IllegalStateException("uk_thing_live_name"))).isEmpty();
		// a flush outside a repository is not translated by Spring: the SQLSTATE tells a unique violation
		assertThat(keys.violated(new RuntimeException("flush", new SQLException("uk_thing_live_name", "23505"))))
			.isPresent();
		assertThat(keys.violated(new RuntimeException("flush", new SQLException("uk_thing_live_name", "23503"))))
			.isEmpty();
	}

	@Test
	void aLostRaceRunsTheWriteAgainSoItsOwnCheckExplainsIt() {
		Errors errors = new BeanPropertyBindingResult(new Form("x", null), "form");
		AtomicInteger runs = new AtomicInteger();
		Long id = keys.attempt((Supplier<Long>) () -> {
			if (runs.incrementAndGet() == 1) {
				throw violation("uk_thing_live_name");
			}
			errors.rejectValue("name", "thing.duplicate.named");
			return null;
		}, errors);
		assertThat(id).isNull();
		assertThat(runs).hasValue(2);
		assertThat(errors.getFieldError("name").getCode()).isEqualTo("thing.duplicate.named");
	}

	@Test
	void whenTheRunAgainBreaksTheKeyTooTheKeysMessageGoesOnItsField() {
		Errors errors = new BeanPropertyBindingResult(new Form("x", null), "form");
		Long id = keys.attempt((Supplier<Long>) () -> {
			throw violation("uk_thing_live_name");
		}, errors);
		assertThat(id).isNull();
		assertThat(errors.getFieldError("name").getCode()).isEqualTo("thing.taken");
	}

	@Test
	void otherIntegrityFailuresAreThrownOn() {
		Errors errors = new BeanPropertyBindingResult(new Form("x", null), "form");
		assertThatThrownBy(() -> keys.attempt((Runnable) () -> {
			throw violation("fk_thing_owner");
		}, errors)).isInstanceOf(DataIntegrityViolationException.class);
	}

	private static DataIntegrityViolationException violation(String driverMessage) {
		return new DataIntegrityViolationException("could not execute statement", new SQLException(driverMessage));
	}
}

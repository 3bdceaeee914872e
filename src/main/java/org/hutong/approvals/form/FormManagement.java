package org.hutong.approvals.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's form builder: creates forms and edits them, the definition checked as a whole
 * ({@link FormDesignInvalid} lists every problem). A form's key never changes, since flows name it;
 * a stock form also keeps its stock fields with their types, since seeded flows read them.
 */
@Service
@Transactional
public class FormManagement {

	private final FormDefinitionRepository forms;

	private final Clock clock;

	private final RecordKinds records;

	FormManagement(FormDefinitionRepository forms, Clock clock, RecordKinds records) {
		this.forms = forms;
		this.clock = clock;
		this.records = records;
	}

	/** Whether the enterprise has a form of this key, enabled or not. */
	@Transactional(readOnly = true)
	public boolean exists(String key) {
		return forms.existsByKey(key);
	}

	public FormDefinition create(FormDesign design) {
		List<FormProblem> problems = new ArrayList<>(DesignRules.check(design, records.names()));
		if (design.key() != null && forms.existsByKey(design.key())) {
			problems.add(FormProblem.at("key", "key.taken"));
		}
		if (!problems.isEmpty()) {
			throw new FormDesignInvalid(problems);
		}
		return forms.save(new FormDefinition(design, false, clock.instant()));
	}

	/**
	 * Saves the new design if {@code design.version()} is still the form's (a stale one is a conflict,
	 * the 409 of the API); a null version skips that check.
	 */
	public FormDefinition edit(long id, FormDesign design) {
		FormDefinition form = forms.findById(id).orElseThrow(RecordNotFound::new);
		if (design.version() != null && design.version() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(FormDefinition.class, id);
		}
		List<FormProblem> problems = new ArrayList<>(DesignRules.check(design, records.names()));
		if (!form.getKey().equals(design.key())) {
			problems.add(FormProblem.at("key", "key.fixed"));
		}
		if (form.isStock()) {
			problems.addAll(stockFieldsKept(design));
		}
		if (!problems.isEmpty()) {
			throw new FormDesignInvalid(problems);
		}
		form.change(design, clock.instant());
		return forms.saveAndFlush(form);
	}

	private static List<FormProblem> stockFieldsKept(FormDesign design) {
		List<FormProblem> problems = new ArrayList<>();
		StockForms.design(design.key()).ifPresent(stock -> stock.fields().forEach(kept -> {
			boolean present = design.fields().stream()
				.anyMatch(field -> field != null && kept.key().equals(field.key()) && kept.type() == field.type());
			if (!present) {
				problems.add(FormProblem.at("fields", "stockField.kept", kept.key()));
			}
		}));
		return problems;
	}

	/** Adds the stock forms the current enterprise lacks; keys an enterprise already uses are left alone. */
	void seedStockForms() {
		for (FormDesign design : StockForms.ALL) {
			if (!forms.existsByKey(design.key())) {
				forms.save(new FormDefinition(design, true, clock.instant()));
			}
		}
	}

	/**
	 * Brings the enterprise's stock forms up to fields that became richer: a stock field still stored
	 * as a number where the stock form now links a record (报销's 关联客户) takes the stock definition.
	 * The values stay what they were, the record's id.
	 */
	void upgradeStockForms() {
		for (FormDefinition form : forms.findAllByOrderByStockDescIdAsc()) {
			if (!form.isStock()) {
				continue;
			}
			StockForms.design(form.getKey()).ifPresent(stock -> {
				List<FieldDefinition> upgraded = withNewStockFields(stock.fields(), form.getFields().stream()
					.map(field -> stock.fields().stream()
						.filter(kept -> kept.key().equals(field.key()) && kept.type() == FieldType.RECORD
								&& field.type() == FieldType.NUMBER)
						.findFirst()
						.orElse(field))
					.toList());
				if (!upgraded.equals(form.getFields())) {
					form.change(new FormDesign(form.getKey(), form.getName(), form.getNameEn(), form.getIcon(),
							form.getDescription(), form.getDescriptionEn(), form.isEnabled(), upgraded, null),
							clock.instant());
				}
			});
		}
	}

	/**
	 * Stock fields added since the enterprise got its form (the 报销's 关联项目), each placed after the
	 * stock field it follows; an edit cannot remove a stock field, so a missing one is a new one.
	 */
	static List<FieldDefinition> withNewStockFields(List<FieldDefinition> stock, List<FieldDefinition> fields) {
		List<FieldDefinition> upgraded = new ArrayList<>(fields);
		for (int i = 0; i < stock.size(); i++) {
			FieldDefinition added = stock.get(i);
			if (upgraded.stream().noneMatch(field -> field.key().equals(added.key()))) {
				upgraded.add(positionAfter(upgraded, i == 0 ? null : stock.get(i - 1).key()), added);
			}
		}
		return List.copyOf(upgraded);
	}

	private static int positionAfter(List<FieldDefinition> fields, String previousKey) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).key().equals(previousKey)) {
				return i + 1;
			}
		}
		return previousKey == null ? 0 : fields.size();
	}
}

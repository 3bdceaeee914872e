package org.hutong.approvals.form;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forms of the current enterprise, for flows, requests and the pages that offer them. */
@Service
@Transactional(readOnly = true)
public class FormCatalog {

	private final FormDefinitionRepository forms;

	FormCatalog(FormDefinitionRepository forms) {
		this.forms = forms;
	}

	public Optional<FormDefinition> byId(long id) {
		return forms.findById(id);
	}

	public Optional<FormDefinition> byKey(String key) {
		return key == null ? Optional.empty() : forms.findByKey(key);
	}

	/** The forms people may submit, stock ones first. */
	public List<FormDefinition> enabled() {
		return forms.findByEnabledTrueOrderByStockDescIdAsc();
	}

	/** Every form, for the administrator, stock ones first. */
	public List<FormDefinition> all() {
		return forms.findAllByOrderByStockDescIdAsc();
	}
}

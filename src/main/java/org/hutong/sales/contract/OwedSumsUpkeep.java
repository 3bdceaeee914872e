package org.hutong.sales.contract;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Keeps {@link OwedSums} in step with the terms: the term's entity listener, so every path that writes
 * a term's kept plan (terms saved, events, approval, receipts, invoices, amendments, termination,
 * deletion, the plan back-fill) is counted without a call of its own. A term remembers the owed part it
 * was loaded or last written with; once its row is written the difference goes to the sums.
 */
class OwedSumsUpkeep {

	private final OwedSums sums;

	OwedSumsUpkeep(OwedSums sums) {
		this.sums = sums;
	}

	@PostLoad
	void loaded(ContractTerm term) {
		term.keep(term.owedPart());
		sums.watch();
	}

	@PostPersist
	@PostUpdate
	void written(ContractTerm term) {
		OwedSums.Part now = term.owedPart();
		sums.changed(term.kept(), now);
		term.keep(now);
	}

	@PostRemove
	void removed(ContractTerm term) {
		sums.changed(term.kept(), null);
		term.keep(null);
	}
}

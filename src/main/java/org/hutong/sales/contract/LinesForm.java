package org.hutong.sales.contract;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A draft contract's lines as a whole, saved all at once or not at all: the lines in order (rows left
 * blank on the page are dropped) and the contract's version edited.
 */
public record LinesForm(@Valid @Size(max = LinesForm.MAX_LINES, message = "{contract.lines.tooMany}") List<ContractLineForm> lines,
		Long version) {

	static final int MAX_LINES = 50;

	public LinesForm {
		lines = compact(lines);
	}

	LinesForm withVersion(Long edited) {
		return new LinesForm(lines, edited);
	}

	/** The lines given, without the empty rows of a page. */
	static List<ContractLineForm> compact(List<ContractLineForm> lines) {
		return lines == null ? List.of() : lines.stream().filter(Objects::nonNull).filter(line -> !line.blank()).toList();
	}
}

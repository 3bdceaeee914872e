package org.hutong.customers.option;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The one entry point to the enterprise's 客户级别, 行业 and 来源 lists: what forms offer, what a code
 * means, which code a label (typed by a user or found in a spreadsheet) stands for, and whether a
 * submitted code may be stored. Records keep codes; labels follow the reader's language.
 */
@Service
@Transactional(readOnly = true)
public class CustomerOptions {

	private final CustomerOptionRepository options;

	private final OptionLists lists;

	CustomerOptions(CustomerOptionRepository options, OptionLists lists) {
		this.options = options;
		this.lists = lists;
	}

	/** The option with this code, active or not. */
	public Optional<CustomerOption> find(OptionKind kind, String code) {
		return code == null ? Optional.empty() : options.findByKindAndCode(kind, code);
	}

	/** The whole list in its order, deactivated options included (for filters and the admin page). */
	public List<CustomerOption> all(OptionKind kind) {
		return options.findByKindOrderBySortOrderAscIdAsc(kind);
	}

	/** The options offered for new records, in order. */
	public List<CustomerOption> active(OptionKind kind) {
		return all(kind).stream().filter(CustomerOption::isActive).toList();
	}

	/**
	 * The code of the active option whose code or label (Chinese or English, case and outer spaces
	 * ignored) is {@code labelOrCode}: how imported text and API clients that send labels are mapped.
	 */
	public Optional<String> codeFor(OptionKind kind, String labelOrCode) {
		if (labelOrCode == null || labelOrCode.isBlank()) {
			return Optional.empty();
		}
		return active(kind).stream()
			.filter(option -> option.answersTo(labelOrCode))
			.map(CustomerOption::getCode)
			.findFirst();
	}

	/** Every option for filters, labelled in the current language (from the lists in memory). */
	public List<OptionChoice> choices(OptionKind kind) {
		return lists.all().stream().filter(option -> option.getKind() == kind).map(CustomerOptions::choice).toList();
	}

	/** What a form offers: the active options, plus {@code current} when a record already carries it. */
	public List<OptionChoice> offered(OptionKind kind, String current) {
		return all(kind).stream()
			.filter(option -> option.isActive() || option.getCode().equals(current))
			.map(CustomerOptions::choice)
			.toList();
	}

	/** All options, from the lists in memory, to label a page of records in the current language. */
	public OptionLabels labels() {
		return OptionLabels.of(lists.all(), LocaleContextHolder.getLocale());
	}

	/**
	 * Rejects the kind's field when {@code code} is unknown, or deactivated and not what the record
	 * already carries ({@code current}). No code is always fine: the fields are optional.
	 */
	public void check(OptionKind kind, String code, String current, Errors errors) {
		if (code == null) {
			return;
		}
		Optional<CustomerOption> option = find(kind, code);
		if (option.isEmpty()) {
			errors.rejectValue(kind.field(), "option.unknown", new Object[] { code }, null);
		}
		else if (!option.get().isActive() && !Objects.equals(code, current)) {
			errors.rejectValue(kind.field(), "option.inactive.rejected", new Object[] { option.get().getLabelZh() }, null);
		}
	}

	private static OptionChoice choice(CustomerOption option) {
		return new OptionChoice(option.getCode(), option.label(LocaleContextHolder.getLocale()), option.isActive());
	}
}
